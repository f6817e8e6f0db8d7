package org.grdplanner.sessions.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.grdplanner.sessions.control.LiveSession;
import org.grdplanner.sessions.entity.AgentResult;
import org.grdplanner.sessions.entity.PermissionDenial;
import org.grdplanner.sessions.entity.ProjectSession;

public record SessionView(String id, String projectId, String command, String prompt, String status, Integer exitCode,
                          String failureReason, String executionType, String executionMode, String createdAt,
                          String endedAt, String lastActivityAt, long outputBytes, Result result,
                          String parentSessionId) {

    /** What an autonomous agent reported at its end; a session with permission denials did less than it was asked. */
    public record Result(boolean isError, Integer numTurns, Long durationMs, Double totalCostUsd,
                         List<PermissionDenial> permissionDenials, String agentSessionId) {

        static Result of(AgentResult result, String agentSessionId) {
            return new Result(result.isError(), result.getNumTurns(), result.getDurationMs(), result.getTotalCostUsd(),
                    result.getPermissionDenials(), agentSessionId);
        }
    }

    static SessionView of(ProjectSession row, LiveSession live) {
        boolean running = live != null && live.outcome() == null;
        return new SessionView(row.getId(), row.getProjectId(), row.getCommand(), row.getPrompt(),
                running ? "active" : row.getStatus().value(), row.getExitCode(), row.getFailureReason(),
                row.getExecutionType(), row.getExecutionMode(), text(row.getCreatedAt()), text(row.getEndedAt()),
                text(running ? live.lastActivity() : row.getLastActivityAt()),
                running ? live.output().end() : row.getOutputBytes(),
                running ? null : row.getResult().map(result -> Result.of(result, row.getAgentSessionId())).orElse(null),
                row.getParentSessionId());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** {@code totals} sums what the agent reported for the project's sessions: its cost, turns and time. */
    public record Page(List<SessionView> sessions, int totalCount, Totals totals) {

        static Page of(List<SessionView> sessions) {
            List<Result> results = sessions.stream().map(SessionView::result).filter(Objects::nonNull).toList();
            return new Page(sessions, sessions.size(), new Totals(
                    results.stream().map(Result::totalCostUsd).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum(),
                    results.stream().map(Result::numTurns).filter(Objects::nonNull).mapToInt(Integer::intValue).sum(),
                    results.stream().map(Result::durationMs).filter(Objects::nonNull).mapToLong(Long::longValue).sum()));
        }
    }

    public record Totals(double totalCostUsd, int numTurns, long durationMs) {
    }
}
