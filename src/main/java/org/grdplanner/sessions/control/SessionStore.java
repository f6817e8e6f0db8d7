package org.grdplanner.sessions.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.grdplanner.agent.control.AgentReport;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.sessions.entity.ProjectSession;
import org.grdplanner.sessions.entity.SessionStatus;

@Stateless
public class SessionStore {

    @PersistenceContext
    EntityManager em;

    public void create(ProjectSession session) {
        em.persist(session);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ProjectSession> find(String id) {
        return Optional.ofNullable(em.find(ProjectSession.class, id));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProjectSession require(String projectId, String sessionId) {
        return find(sessionId)
                .filter(row -> row.getProjectId().equals(projectId))
                .orElseThrow(() -> Refusal.notFound("Session " + sessionId + " does not exist in project "
                        + projectId + "."));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProjectSession> ofProject(String projectId) {
        return em.createNamedQuery(ProjectSession.OF_PROJECT, ProjectSession.class)
                .setParameter("projectId", projectId)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProjectSession> withStatus(SessionStatus status) {
        return em.createNamedQuery(ProjectSession.WITH_STATUS, ProjectSession.class)
                .setParameter("status", status)
                .getResultList();
    }

    public void started(String id, long pid) {
        em.find(ProjectSession.class, id).started(pid);
    }

    /** Ends an active session as interrupted; false when it had already ended, here or on another node. */
    public boolean interrupt(String id, String reason, long outputBytes, Instant lastActivity) {
        return em.createQuery("UPDATE ProjectSession s SET s.status = :interrupted, s.failureReason = :reason, "
                        + "s.outputBytes = :bytes, s.lastActivityAt = :lastActivity, s.endedAt = :now "
                        + "WHERE s.id = :id AND s.status = :active")
                .setParameter("interrupted", SessionStatus.INTERRUPTED)
                .setParameter("reason", reason)
                .setParameter("bytes", outputBytes)
                .setParameter("lastActivity", lastActivity)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .setParameter("active", SessionStatus.ACTIVE)
                .executeUpdate() == 1;
    }

    public void ended(String id, SessionStatus status, Integer exitCode, String reason, long outputBytes,
                      Instant lastActivity, AgentReport report) {
        em.find(ProjectSession.class, id).ended(status, exitCode, reason, outputBytes, lastActivity, Instant.now(),
                report == null ? null : report.agentSessionId(), report == null ? null : report.result());
    }
}
