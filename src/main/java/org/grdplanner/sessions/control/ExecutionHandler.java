package org.grdplanner.sessions.control;

public interface ExecutionHandler {

    String type();

    /** Starts the session and returns its id; a session that could not start is recorded as failed. */
    String start(SessionConfig config);
}
