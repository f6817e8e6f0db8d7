package org.grdplanner.sessions.control;

import org.grdplanner.sessions.entity.SessionStatus;

public record SessionEnded(String sessionId, String projectId, SessionStatus status, Integer exitCode, String reason) {
}
