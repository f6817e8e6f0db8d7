package org.grdplanner.roadmap.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A checkout's {@code .planning/} as its real path, and what lies in it: a file belongs to it only when its own real
 * path does, so a link that leads out is never followed.
 */
public record PlanningFolder(Path root) {

    private static final int MAX_DEPTH = 8;

    public static Optional<PlanningFolder> of(Path checkout) {
        try {
            return Optional.of(new PlanningFolder(checkout.resolve(".planning").toRealPath()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public boolean contains(Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    /** Its regular files, as far down as GRD nests them, in no particular order. */
    public List<Path> files() {
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            return walk.filter(Files::isRegularFile).filter(this::contains).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    public String relative(Path file) {
        return root.relativize(file).toString();
    }

    /** GRD's documents are text; a NUL byte says a file is not. */
    public static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
