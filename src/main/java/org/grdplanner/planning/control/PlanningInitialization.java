package org.grdplanner.planning.control;

import org.grdplanner.planning.entity.GrdInitStatus;

/** How initialization started: its first session, the document init will start from, and what the person should know. */
public record PlanningInitialization(GrdInitStatus status, String sessionId, String document, String note) {
}
