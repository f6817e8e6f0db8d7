package org.grdplanner.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.grdplanner.platform.control.ApiException;
import org.grdplanner.projects.control.ProjectRemoval;

@ApplicationScoped
public class ActiveSessionGuard {

    @Inject
    SessionManager sessions;

    void refuseWhileActive(@Observes ProjectRemoval removal) {
        sessions.active().stream()
                .filter(session -> session.projectId().equals(removal.projectId()) && session.outcome() == null)
                .findFirst()
                .ifPresent(session -> {
                    throw ApiException.conflict("Project " + removal.projectId() + " has an active session "
                            + session.id() + "; stop it before deleting the project.",
                            Map.of("session_id", session.id()));
                });
    }
}
