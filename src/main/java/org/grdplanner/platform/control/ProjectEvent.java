package org.grdplanner.platform.control;

/**
 * Something a page showing the project should react to: {@code session_started}, {@code roadmap_changed}, ...
 * {@code data} is a record, which the page receives as JSON with its fields in snake case.
 */
public record ProjectEvent(String projectId, String type, Record data) {
}
