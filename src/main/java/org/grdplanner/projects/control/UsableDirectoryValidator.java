package org.grdplanner.projects.control;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

public class UsableDirectoryValidator implements ConstraintValidator<UsableDirectory, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        Optional<String> problem = problemWith(value);
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

    static String escapeTemplate(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
