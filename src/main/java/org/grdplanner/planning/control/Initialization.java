package org.grdplanner.planning.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.planning.entity.GrdInitStatus;
import org.grdplanner.sessions.control.SessionEnded;
import org.grdplanner.sessions.entity.SessionStatus;

/**
 * GRD's initialization of a project: map-codebase, then init ({@code --auto @document} with a document, else
 * interactively), and the project's {@code grd_init_status} with its reason. It belongs to the planning service and
 * runs under its write lock, so a stage's end and the start of the next are one step for every invoke.
 */
final class Initialization {

    static final String NO_DOCUMENT = "No document was named and the checkout has no README, so GRD's init runs "
            + "interactively after map-codebase: answer its questions in the terminal.";
    private static final Logger LOG = Logger.getLogger(Initialization.class.getName());

    /** Starts a stage's session as the project's planning session and returns its id. */
    interface Stages {
        String start(String projectId, Path checkout, InitStage stage);
    }

    private final InitStatuses initStatuses;
    private final Stages stages;
    /** The stage each running stage session is; it stays the project's planning session until its end is handled. */
    private final Map<String, InitStage> running = new ConcurrentHashMap<>();

    Initialization(InitStatuses initStatuses, Stages stages) {
        this.initStatuses = initStatuses;
        this.stages = stages;
    }

    boolean isStage(String sessionId) {
        return running.containsKey(sessionId);
    }

    /** A checkout with a roadmap is ready at once; otherwise map-codebase starts. */
    PlanningInitialization begin(String projectId, Path checkout, String document, Runnable refuseWhileActive) {
        if (hasRoadmap(checkout)) {
            initStatuses.change(projectId, GrdInitStatus.READY);
            return new PlanningInitialization(GrdInitStatus.READY, null, null, null);
        }
        Optional<String> chosen = InitDocument.choose(checkout, document);
        refuseWhileActive.run();
        String sessionId = start(projectId, checkout, InitStage.mapCodebase(chosen.orElse(null)));
        String note = chosen.isPresent() ? null : NO_DOCUMENT;
        initStatuses.change(projectId, GrdInitStatus.INITIALIZING, note);
        return new PlanningInitialization(GrdInitStatus.INITIALIZING, sessionId, chosen.orElse(null), note);
    }

    /** The stage the ended session was, taken off the running ones; empty when it was no stage. */
    Optional<InitStage> take(String sessionId) {
        return Optional.ofNullable(running.remove(sessionId));
    }

    /** After a stage: the next one, or the project's status with its reason. */
    void stageEnded(InitStage stage, SessionEnded ended, Optional<Path> checkout) {
        String projectId = ended.projectId();
        try {
            boolean succeeded = ended.status() == SessionStatus.COMPLETED;
            if (stage.isMapCodebase() && succeeded && checkout.isPresent()) {
                start(projectId, checkout.get(), stage.next());
                return;
            }
            if (succeeded && checkout.filter(Initialization::hasRoadmap).isPresent()) {
                initStatuses.change(projectId, GrdInitStatus.READY, null);
            } else {
                initStatuses.change(projectId, GrdInitStatus.FAILED, failure(stage, ended));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Initialization of " + projectId + " failed after " + stage.command(), e);
            initStatuses.change(projectId, GrdInitStatus.FAILED,
                    "Could not go on after " + stage.command() + ": " + e.getMessage());
        }
    }

    static boolean hasRoadmap(Path checkout) {
        return Files.isRegularFile(checkout.resolve(".planning").resolve("ROADMAP.md"));
    }

    private String start(String projectId, Path checkout, InitStage stage) {
        String sessionId = stages.start(projectId, checkout, stage);
        running.put(sessionId, stage);
        return sessionId;
    }

    private static String failure(InitStage stage, SessionEnded ended) {
        if (ended.status() == SessionStatus.COMPLETED) {
            return stage.command() + " ended without writing .planning/ROADMAP.md"
                    + (stage.document() == null ? "." : " from " + stage.document() + ".");
        }
        return stage.command() + " ended " + ended.status().value()
                + (ended.exitCode() == null ? "" : " with exit code " + ended.exitCode())
                + (ended.reason() == null ? "." : ": " + ended.reason());
    }
}
