package org.grdplanner.projects.control;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

public class UsableDirectoryValidator implements ConstraintValidator<UsableDirectory, String> {

    @Inject
    @ConfigProperty(name = "grd.workspace.root")
    Optional<String> workspaceRoot;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        Optional<String> problem = problemWith(value).or(() -> outsideWorkspace(value));
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escapeTemplate(message)).addConstraintViolation();
        });
        return problem.isEmpty();
    }

    static Optional<String> problemWith(String value) {
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            return Optional.of("local_path is not a valid path: " + e.getReason());
        }
        if (!path.isAbsolute()) {
            return Optional.of("local_path must be an absolute path, not '" + value + "'");
        }
        if (!Files.exists(path)) {
            return Optional.of("local_path " + value + " does not exist");
        }
        if (!Files.isDirectory(path)) {
            return Optional.of("local_path " + value + " is not a directory");
        }
        return Optional.empty();
    }

    private Optional<String> outsideWorkspace(String value) {
        if (workspaceRoot == null || workspaceRoot.filter(root -> !root.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        try {
            Path root = Path.of(workspaceRoot.get()).toRealPath();
            return Path.of(value).toRealPath().startsWith(root)
                    ? Optional.empty()
                    : Optional.of("local_path " + value + " is outside the workspace root " + root);
        } catch (IOException | InvalidPathException e) {
            return Optional.of("local_path " + value + " cannot be checked against the workspace root: " + e.getMessage());
        }
    }

    static String escapeTemplate(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
