package org.grdplanner.planning.control;

import java.nio.file.Path;
import org.grdplanner.sessions.entity.SessionStatus;

/** Fired once a planning session's end has been processed, so its project is free again. */
public record PlanningSessionEnded(String projectId, String sessionId, SessionStatus status, Path checkout) {
}
