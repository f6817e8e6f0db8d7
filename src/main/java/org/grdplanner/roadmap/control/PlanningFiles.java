package org.grdplanner.roadmap.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a checkout's planning files defensively: bounded in size, text only, and never through a link that leads
 * out of the checkout. Every refusal becomes a warning instead of an exception.
 */
final class PlanningFiles {

    static final long MAX_BYTES = 1024 * 1024;

    private final Path checkout;
    private final List<String> warnings = new ArrayList<>();

    PlanningFiles(Path checkout) {
        this.checkout = realPath(checkout).orElse(checkout.toAbsolutePath().normalize());
    }

    List<String> warnings() {
        return warnings;
    }

    Optional<String> text(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!isInside(file) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                warnings.add(relative(file) + " is " + size + " bytes, more than " + MAX_BYTES + "; it was not read.");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!PlanningFolder.isText(bytes)) {
                warnings.add(relative(file) + " is not a text file; it was not read.");
                return Optional.empty();
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            warnings.add(relative(file) + " could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The entries of a directory inside the checkout, sorted by name; links that lead out are left out. */
    List<Path> list(Path directory) {
        if (!Files.isDirectory(directory) || !isInside(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(this::isInside).sorted().toList();
        } catch (IOException e) {
            warnings.add(relative(directory) + " could not be listed: " + e.getMessage());
            return List.of();
        }
    }

    boolean isInside(Path path) {
        Optional<Path> real = realPath(path);
        if (real.isPresent() && !real.get().startsWith(checkout)) {
            warnings.add(relative(path) + " links outside the checkout; it was not followed.");
            return false;
        }
        return real.isPresent();
    }

    String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(checkout) ? checkout.relativize(absolute).toString() : absolute.toString();
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
