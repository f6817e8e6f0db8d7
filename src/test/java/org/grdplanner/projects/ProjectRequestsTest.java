package org.grdplanner.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.grdplanner.platform.boundary.JsonRequestReader;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.projects.boundary.NewProjectRequest;
import org.grdplanner.projects.boundary.ProjectChanges;
import org.grdplanner.planning.entity.GrdInitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProjectRequestsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @TempDir
    Path checkout;

    private static ProjectChanges changes(String json) {
        return JsonRequestReader.read(ProjectChanges.class, json.getBytes(StandardCharsets.UTF_8));
    }

    private static NewProjectRequest draft(String json) {
        return JsonRequestReader.read(NewProjectRequest.class, json.getBytes(StandardCharsets.UTF_8));
    }

    private <T> List<String> problemsOf(T request) {
        return validator.validate(request).stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    @Test
    void aChangeKeepsWhatItLeavesOutAndClearsWhatItNulls() {
        ProjectChanges changes = changes("{\"grd_init_status\": \"failed\", \"description\": null}");

        assertEquals(List.of(), problemsOf(changes));
        assertEquals(GrdInitStatus.FAILED, changes.initStatus().orElseThrow());
        assertEquals(Optional.empty(), changes.patch().description());
        assertNull(changes.patch().name());
        assertNull(changes.patch().localPath());
        assertTrue(changes("{}").patch().isEmpty());
        assertTrue(changes("{}").initStatus().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(GrdInitStatus.class)
    void acceptsEveryInitStatus(GrdInitStatus status) {
        ProjectChanges changes = changes("{\"grd_init_status\": \"" + status.value() + "\"}");
        assertEquals(List.of(), problemsOf(changes));
        assertEquals(status, changes.initStatus().orElseThrow());
    }

    @Test
    void validatesOnlyTheGivenFields() {
        ProjectChanges changes = changes("{\"local_path\": \"" + checkout + "\"}");
        assertEquals(List.of(), problemsOf(changes));
        assertEquals(checkout.toString(), changes.patch().localPath());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"grd_init_status\": \"READY\"} | grd_init_status must be one of none, initializing, ready, failed",
            "{\"grd_init_status\": null}      | grd_init_status must be one of none, initializing, ready, failed",
            "{\"name\": \" \"}                 | name must not be blank",
            "{\"name\": null}                 | name must not be blank",
            "{\"local_path\": null}           | local_path must not be blank",
            "{\"name\": \"a\\u0007b\"}           | name must not contain control characters"})
    void refusesABadChange(String json, String problem) {
        assertEquals(List.of(problem), problemsOf(changes(json)));
    }

    @Test
    void refusesFieldsThatCannotChange() {
        Refusal e = assertThrows(Refusal.class, () -> changes("{\"created_at\": \"x\", \"id\": 1}"));
        assertEquals("created_at", e.details().get("field"));
        assertEquals("Unknown fields created_at, id; a project's changeable fields are "
                + "description, grd_init_status, local_path, name.", e.getMessage());
    }

    @Test
    void readsANewProject() {
        NewProjectRequest draft = draft("{\"name\": \" Atlas \", \"local_path\": \"" + checkout
                + "\", \"description\": null, \"auto_init\": true}");

        assertEquals(List.of(), problemsOf(draft));
        assertEquals(" Atlas ", draft.name());
        assertEquals(checkout.toString(), draft.localPath());
        assertNull(draft.description());
        assertTrue(draft.autoInit());
        assertFalse(draft("{\"name\": \"A\", \"local_path\": \"" + checkout + "\"}").autoInit());
    }

    @Test
    void namesTheUnknownFieldOfANewProject() {
        Refusal e = assertThrows(Refusal.class, () -> draft("{\"name\": \"A\", \"localPath\": \"/x\"}"));
        assertEquals("localPath", e.details().get("field"));
        assertEquals("Unknown field localPath; a new project's fields are auto_init, description, local_path, name.",
                e.getMessage());
    }

    @Test
    void validatesANewProject() {
        assertEquals(List.of("local_path is required"), problemsOf(draft("{\"name\": \"A\"}")));
        assertEquals(List.of("name is required"), problemsOf(draft("{\"local_path\": \"" + checkout + "\"}")));
    }
}
