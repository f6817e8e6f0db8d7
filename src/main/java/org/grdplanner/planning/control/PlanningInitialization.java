package org.grdplanner.planning.control;

public record PlanningInitialization(String grdInitStatus, String sessionId) {
}
