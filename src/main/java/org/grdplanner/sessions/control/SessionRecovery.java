package org.grdplanner.sessions.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.grdplanner.cluster.control.Grid;
import org.grdplanner.cluster.control.NodeLeft;
import org.grdplanner.platform.control.ProjectEvent;
import org.grdplanner.sessions.entity.ProjectSession;
import org.grdplanner.sessions.entity.SessionStatus;
import org.grdplanner.terminal.control.ProcessGroups;

/**
 * Sessions recorded as active whose node is gone: an earlier process of this server, found at startup, or another
 * node of the cluster, which the survivors hear has left. Each is interrupted once, by whichever node gets there
 * first, and what is left of its process group on this machine is killed. Their readers hold one thread each for the
 * life of a session, so the executor they run on holds as many threads as there can be sessions and stream clients.
 */
@ManagedExecutorDefinition(name = SessionManager.IO_EXECUTOR, maxAsync = 4096)
@Startup
@Singleton
@DependsOn("Database")
public class SessionRecovery {

    private static final Logger LOG = Logger.getLogger(SessionRecovery.class.getName());

    @Inject
    SessionStore store;

    @Inject
    SessionManager sessions;

    @Inject
    Grid grid;

    @Inject
    Event<SessionEnded> endings;

    @Inject
    Event<ProjectEvent> projectEvents;

    @PostConstruct
    void interruptOrphans() {
        interrupt(orphan -> !grid.isLive(orphan.getNodeId()), "The server stopped while this session ran.");
    }

    /** The pages of the project and the planning service hear of it as of any other end. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void interruptSessionsOf(@Observes NodeLeft left) {
        String reason = "Its node left the cluster while this session ran.";
        for (ProjectSession orphan : interrupt(row -> left.nodeId().equals(row.getNodeId()), reason)) {
            projectEvents.fireAsync(new ProjectEvent(orphan.getProjectId(), "session_ended",
                            new SessionManager.Ended(orphan.getId(), SessionStatus.INTERRUPTED.value(), null)))
                    .whenComplete((published, failure) -> endings.fireAsync(new SessionEnded(orphan.getId(),
                            orphan.getProjectId(), SessionStatus.INTERRUPTED, null, reason)));
        }
    }

    private List<ProjectSession> interrupt(Predicate<ProjectSession> orphaned, String reason) {
        List<ProjectSession> interrupted = new ArrayList<>();
        for (ProjectSession orphan : store.withStatus(SessionStatus.ACTIVE)) {
            if (orphaned.test(orphan)) {
                killLeftovers(orphan.getId());
                Optional<BasicFileAttributes> transcript = transcript(orphan.getId());
                if (store.interrupt(orphan.getId(), reason, transcript.map(BasicFileAttributes::size).orElse(0L),
                        lastActivity(orphan, transcript))) {
                    interrupted.add(orphan);
                }
            }
        }
        return interrupted;
    }

    private static void killLeftovers(String sessionId) {
        for (long group : ProcessGroups.ofSession(sessionId)) {
            ProcessGroups.signal(group, ProcessGroups.SIGKILL);
            LOG.info(() -> "Killed process group " + group + " left running by session " + sessionId);
        }
    }

    /** The database holds a session's last activity only once it ends; its transcript was written up to the end. */
    private static Instant lastActivity(ProjectSession orphan, Optional<BasicFileAttributes> transcript) {
        Instant recorded = orphan.getLastActivityAt();
        return transcript.map(attributes -> attributes.lastModifiedTime().toInstant())
                .filter(written -> written.isAfter(recorded))
                .orElse(recorded);
    }

    private Optional<BasicFileAttributes> transcript(String sessionId) {
        try {
            return Optional.of(Files.readAttributes(sessions.transcript(sessionId), BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
