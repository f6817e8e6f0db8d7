package org.grdplanner.changes.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.grdplanner.platform.control.DataDirectory;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.roadmap.control.PlanningFolder;
import org.grdplanner.sessions.control.SessionRunning;
import org.grdplanner.sessions.control.TranscriptRemoval;

/**
 * What a session changed in its checkout's {@code .planning/}: the files as they were when it started and when it
 * ended, each with its size and hash, and the text of those up to 1 MiB that a diff needs (all of them before, the
 * created and modified ones after), kept next to the session's transcript.
 */
@ApplicationScoped
public class SessionChanges {

    public static final long MAX_KEPT_BYTES = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(SessionChanges.class.getName());
    private static final String BEFORE = "before";
    private static final String AFTER = "after";

    public record Changes(List<String> created, List<String> modified, List<String> deleted) {

        Optional<String> of(String path) {
            return created.contains(path) ? Optional.of("created") : modified.contains(path) ? Optional.of("modified")
                    : deleted.contains(path) ? Optional.of("deleted") : Optional.empty();
        }
    }

    /** {@code diff} is null when a side was not kept, and {@code note} says why. */
    public record Diff(String path, String change, String diff, String note) {
    }

    @Inject
    DataDirectory data;

    void record(@Observes SessionRunning moment) {
        if (moment.started()) {
            record(moment.sessionId(), moment.cwd(), BEFORE, PlanningSnapshot.of(moment.cwd()), path -> true);
        } else {
            recordEnd(moment.sessionId(), moment.cwd());
        }
    }

    private void recordEnd(String sessionId, Path checkout) {
        PlanningSnapshot before = stored(sessionId, BEFORE).orElse(new PlanningSnapshot(Map.of()));
        PlanningSnapshot after = PlanningSnapshot.of(checkout);
        Changes changes = compare(before, after);
        record(sessionId, checkout, AFTER, after,
                path -> changes.created().contains(path) || changes.modified().contains(path));
    }

    public Changes changes(String sessionId, Path checkout) {
        return compare(started(sessionId), stored(sessionId, AFTER).orElseGet(() -> PlanningSnapshot.of(checkout)));
    }

    /** While the session runs, its side of the diff is the checkout as it is now. */
    public Diff diff(String sessionId, Path checkout, String path) {
        Optional<PlanningSnapshot> ended = stored(sessionId, AFTER);
        String change = compare(started(sessionId), ended.orElseGet(() -> PlanningSnapshot.of(checkout))).of(path)
                .orElseThrow(() -> Refusal.notFound("Session " + sessionId + " did not change .planning/" + path + "."));
        Optional<Path> afterFolder = ended.isPresent() ? Optional.of(folder(sessionId).resolve(AFTER))
                : PlanningFolder.of(checkout).map(PlanningFolder::root);
        Optional<List<String>> before = change.equals("created") ? Optional.of(List.of())
                : lines(folder(sessionId).resolve(BEFORE).resolve(path));
        Optional<List<String>> after = change.equals("deleted") ? Optional.of(List.of())
                : afterFolder.flatMap(folder -> lines(folder.resolve(path)));
        if (before.isEmpty() || after.isEmpty()) {
            return new Diff(path, change, null, ".planning/" + path + " is larger than " + MAX_KEPT_BYTES
                    + " bytes or not text, so no diff was kept.");
        }
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(
                change.equals("created") ? "/dev/null" : "a/.planning/" + path,
                change.equals("deleted") ? "/dev/null" : "b/.planning/" + path,
                before.get(), DiffUtils.diff(before.get(), after.get()), 3);
        return new Diff(path, change, String.join("\n", unified) + "\n", null);
    }

    private PlanningSnapshot started(String sessionId) {
        return stored(sessionId, BEFORE).orElseThrow(() -> Refusal.notFound(
                "No record of .planning/ was kept for session " + sessionId + "."));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscriptRemoval.RemovedSessions removal) {
        removal.sessionIds().forEach(id -> {
            try (Stream<Path> files = Files.walk(folder(id))) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                LOG.log(Level.FINE, "No record of .planning/ to delete for session " + id, e);
            }
        });
    }

    private static Changes compare(PlanningSnapshot before, PlanningSnapshot after) {
        List<String> created = after.files().keySet().stream().filter(path -> !before.files().containsKey(path))
                .sorted().toList();
        List<String> modified = after.files().keySet().stream().filter(before.files()::containsKey)
                .filter(path -> !before.files().get(path).sha256().equals(after.files().get(path).sha256()))
                .sorted().toList();
        List<String> deleted = before.files().keySet().stream().filter(path -> !after.files().containsKey(path))
                .sorted().toList();
        return new Changes(created, modified, deleted);
    }

    private void record(String sessionId, Path checkout, String moment, PlanningSnapshot snapshot,
                        Predicate<String> keep) {
        try {
            Path folder = Files.createDirectories(folder(sessionId).resolve(moment));
            Optional<PlanningFolder> planning = PlanningFolder.of(checkout);
            for (PlanningSnapshot.FileState file : snapshot.files().values()) {
                if (planning.isPresent() && file.size() <= MAX_KEPT_BYTES && keep.test(file.path())) {
                    Path copy = folder.resolve(file.path());
                    Files.createDirectories(copy.getParent());
                    Files.copy(planning.get().root().resolve(file.path()), copy);
                }
            }
            Files.write(folder(sessionId).resolve(moment + ".tsv"), snapshot.lines());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record .planning/ " + moment + " session " + sessionId, e);
        }
    }

    private Optional<PlanningSnapshot> stored(String sessionId, String moment) {
        Path manifest = folder(sessionId).resolve(moment + ".tsv");
        try {
            return Files.isRegularFile(manifest)
                    ? Optional.of(PlanningSnapshot.parse(Files.readAllLines(manifest, StandardCharsets.UTF_8)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<List<String>> lines(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_KEPT_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return PlanningFolder.isText(bytes) ? Optional.of(new String(bytes, StandardCharsets.UTF_8).lines().toList())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path folder(String sessionId) {
        return data.sessions().resolve(sessionId + ".planning");
    }
}
