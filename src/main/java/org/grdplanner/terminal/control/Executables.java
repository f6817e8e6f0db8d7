package org.grdplanner.terminal.control;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

public final class Executables {

    private Executables() {
    }

    /** An absolute path, or a path relative to {@code cwd} when it has a slash, else the first match on PATH. */
    public static Optional<Path> resolve(String command, Path cwd, String searchPath) {
        if (command == null || command.isBlank()) {
            return Optional.empty();
        }
        try {
            if (command.contains("/")) {
                return executable(cwd.resolve(command));
            }
            return Arrays.stream((searchPath == null ? "" : searchPath).split(File.pathSeparator))
                    .filter(dir -> !dir.isBlank())
                    .map(dir -> Path.of(dir, command))
                    .flatMap(candidate -> executable(candidate).stream())
                    .findFirst();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> executable(Path candidate) {
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate)
                ? Optional.of(candidate.toAbsolutePath().normalize())
                : Optional.empty();
    }
}
