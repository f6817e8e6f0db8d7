package org.grdplanner.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class DirectExecution implements ExecutionHandler {

    @Inject
    SessionManager sessions;

    @Override
    public String type() {
        return "direct";
    }

    @Override
    public String start(SessionConfig config) {
        return sessions.start(config);
    }
}
