package org.grdplanner.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.projects.control.ProjectRemoval;
import org.grdplanner.sessions.entity.ProjectSession;

/**
 * A deleted project's sessions go with it: their rows by the schema's cascade, their transcripts once the deletion
 * has committed, so that a deletion refused or rolled back keeps every transcript.
 */
@ApplicationScoped
public class TranscriptRemoval {

    private static final Logger LOG = Logger.getLogger(TranscriptRemoval.class.getName());

    public record RemovedSessions(List<String> sessionIds) {
    }

    @Inject
    SessionStore store;

    @Inject
    SessionManager sessions;

    @Inject
    Event<RemovedSessions> removed;

    void noteSessions(@Observes ProjectRemoval removal) {
        removed.fire(new RemovedSessions(store.ofProject(removal.projectId()).stream().map(ProjectSession::getId)
                .toList()));
    }

    void deleteTranscripts(@Observes(during = TransactionPhase.AFTER_SUCCESS) RemovedSessions removal) {
        removal.sessionIds().forEach(id -> {
            try {
                Files.deleteIfExists(sessions.transcript(id));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the transcript of removed session " + id, e);
            }
        });
    }
}
