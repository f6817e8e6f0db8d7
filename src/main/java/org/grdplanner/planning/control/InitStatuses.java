package org.grdplanner.planning.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import org.grdplanner.planning.entity.GrdInitStatus;
import org.grdplanner.platform.control.ProjectEvent;
import org.grdplanner.projects.entity.Project;
import org.grdplanner.sessions.entity.SessionStatus;

/** A project's {@code grd_init_status} and its reason; each change is announced to the project's pages. */
@Stateless
public class InitStatuses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ProjectEvent> projectEvents;

    public record InitStatusChanged(String grdInitStatus, String grdInitReason) {
    }

    public void change(String projectId, GrdInitStatus status) {
        change(projectId, status, null);
    }

    /** A project removed meanwhile has no status left to change. */
    public void change(String projectId, GrdInitStatus status, String reason) {
        Project project = em.find(Project.class, projectId);
        if (project == null || project.getGrdInitStatus() == status && Objects.equals(project.getGrdInitReason(), reason)) {
            return;
        }
        project.changeInitStatus(status, reason);
        project.touch();
        projectEvents.fireAsync(new ProjectEvent(projectId, "init_status_changed",
                new InitStatusChanged(status.value(), reason)));
    }

    /**
     * Initializations run as sessions; after a restart, once the sessions of nodes that are gone are interrupted, an
     * initializing project without an active session cannot finish. Another node of a cluster may still run one.
     */
    public int failStuck() {
        return em.createQuery("UPDATE Project p SET p.grdInitStatus = :failed, p.grdInitReason = :reason "
                        + "WHERE p.grdInitStatus = :initializing "
                        + "AND p.id NOT IN (SELECT s.projectId FROM ProjectSession s WHERE s.status = :active)")
                .setParameter("failed", GrdInitStatus.FAILED)
                .setParameter("reason", "The server stopped while GRD was being initialized; initialize again.")
                .setParameter("initializing", GrdInitStatus.INITIALIZING)
                .setParameter("active", SessionStatus.ACTIVE)
                .executeUpdate();
    }
}
