package org.grdplanner.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.grdplanner.projects.boundary.NewProjectRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsableDirectoryValidatorTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @TempDir
    Path workspace;

    private List<String> problemsWith(String localPath) {
        NewProjectRequest draft = new NewProjectRequest("p", null, localPath, false);
        Set<ConstraintViolation<NewProjectRequest>> violations = validator.validateProperty(draft, "localPath");
        return violations.stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    @Test
    void anExistingAbsoluteDirectoryIsUsable() {
        assertEquals(List.of(), problemsWith(workspace.toString()));
    }

    @Test
    void aRelativePathIsRefused() {
        assertEquals(List.of("local_path must be an absolute path, not 'src/main'"), problemsWith("src/main"));
    }

    @Test
    void aMissingDirectoryIsRefused() {
        Path missing = workspace.resolve("missing");
        assertEquals(List.of("local_path " + missing + " does not exist"), problemsWith(missing.toString()));
    }

    @Test
    void aFileIsRefused() throws IOException {
        Path file = Files.writeString(workspace.resolve("file.txt"), "x");
        assertEquals(List.of("local_path " + file + " is not a directory"), problemsWith(file.toString()));
    }

    @Test
    void templateCharactersInAPathAreQuotedNotInterpreted() {
        String odd = workspace.resolve("a{max}${1+1}\\b").toString();
        assertEquals(List.of("local_path " + odd + " does not exist"), problemsWith(odd));
    }

    @Test
    void aBlankPathIsReportedOnlyAsRequired() {
        assertEquals(List.of("local_path is required"), problemsWith("  "));
        assertEquals(List.of("local_path is required"), problemsWith(null));
    }
}
