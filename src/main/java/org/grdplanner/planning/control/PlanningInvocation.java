package org.grdplanner.planning.control;

public record PlanningInvocation(String sessionId, String status) {

    static PlanningInvocation running(String sessionId) {
        return new PlanningInvocation(sessionId, "running");
    }
}
