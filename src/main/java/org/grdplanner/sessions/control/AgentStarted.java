package org.grdplanner.sessions.control;

import org.grdplanner.agent.control.AgentReport;

/** An autonomous agent has reported its start: fired once per session, on the thread that reads its output. */
public record AgentStarted(String sessionId, String projectId, String command, AgentReport.Start start) {
}
