package org.grdplanner.planning.boundary;

/** What the admin console's JMX view shows of planning: {@code org.grdplanner:type=PlanningSessions}. */
public interface PlanningSessionsMXBean {

    /** One entry per project with an active planning session: {@code project id=session id}. */
    String[] getActivePlanningSessions();

    int getActivePlanningSessionCount();

    /** Stops a session as its Stop button would; answers what happened. */
    String stopSession(String sessionId);
}
