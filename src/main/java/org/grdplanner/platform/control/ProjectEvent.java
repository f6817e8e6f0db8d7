package org.grdplanner.platform.control;

import jakarta.json.JsonObject;

/** Something a page showing the project should react to: {@code session_started}, {@code roadmap_changed}, ... */
public record ProjectEvent(String projectId, String type, JsonObject data) {
}
