package org.grdplanner.planning.control;

/** How initialization started: its first session, the document init will start from, and what the person should know. */
public record PlanningInitialization(String grdInitStatus, String sessionId, String document, String note) {
}
