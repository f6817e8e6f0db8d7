package org.grdplanner.sessions.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.grdplanner.sessions.entity.ProjectSession;
import org.grdplanner.sessions.entity.SessionStatus;
import org.grdplanner.terminal.control.ProcessGroups;

/**
 * Sessions still recorded as active at startup belong to an earlier server process. Their readers hold one thread
 * each for the life of a session, so the executor they run on holds as many threads as there can be sessions
 * and stream clients.
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

    @PostConstruct
    void interruptOrphans() {
        for (ProjectSession orphan : store.withStatus(SessionStatus.ACTIVE)) {
            for (long group : ProcessGroups.ofSession(orphan.getId())) {
                ProcessGroups.signal(group, ProcessGroups.SIGKILL);
                LOG.info(() -> "Killed process group " + group + " left running by session " + orphan.getId());
            }
            Optional<BasicFileAttributes> transcript = transcript(orphan.getId());
            store.ended(orphan.getId(), SessionStatus.INTERRUPTED, null, "The server stopped while this session ran.",
                    transcript.map(BasicFileAttributes::size).orElse(0L), lastActivity(orphan, transcript), null);
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
