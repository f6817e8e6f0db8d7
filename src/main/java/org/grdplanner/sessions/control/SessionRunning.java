package org.grdplanner.sessions.control;

import java.nio.file.Path;

/**
 * A session's process is about to start in {@code cwd} ({@code started}), or has ended and is about to be reported
 * ended. Fired synchronously on the session's own thread, so an observer sees the checkout before the process
 * touches it and after it is done, before anyone hears of the end.
 */
public record SessionRunning(String sessionId, String projectId, Path cwd, boolean started) {
}
