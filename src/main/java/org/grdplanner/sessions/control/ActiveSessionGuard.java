package org.grdplanner.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.projects.control.ProjectRelocation;
import org.grdplanner.projects.control.ProjectRemoval;

@ApplicationScoped
public class ActiveSessionGuard {

    @Inject
    SessionManager sessions;

    @Inject
    SessionNodes nodes;

    void refuseWhileActive(@Observes ProjectRemoval removal) {
        refuseWhileActive(removal.projectId(), "deleting the project");
    }

    void refuseWhileActive(@Observes ProjectRelocation relocation) {
        refuseWhileActive(relocation.projectId(), "moving the project to another checkout");
    }

    private void refuseWhileActive(String projectId, String change) {
        sessions.active().stream()
                .filter(session -> session.projectId().equals(projectId) && session.outcome() == null)
                .map(LiveSession::id)
                .findFirst()
                .or(() -> nodes.activeElsewhere(projectId))
                .ifPresent(sessionId -> {
                    throw Refusal.conflict("Project " + projectId + " has an active session "
                            + sessionId + "; stop it before " + change + ".", Map.of("session_id", sessionId));
                });
    }
}
