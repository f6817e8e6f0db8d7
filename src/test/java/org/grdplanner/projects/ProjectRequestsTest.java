package org.grdplanner.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import java.io.StringReader;
import java.nio.file.Path;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.projects.boundary.ProjectRequests;
import org.grdplanner.projects.control.NewProject;
import org.grdplanner.projects.control.ProjectPatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectRequestsTest {

    private final ProjectRequests requests =
            new ProjectRequests(Validation.buildDefaultValidatorFactory().getValidator());

    @TempDir
    Path checkout;

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private String violationOf(String text) {
        ConstraintViolationException e =
                assertThrows(ConstraintViolationException.class, () -> requests.patch(json(text)));
        return e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).findFirst().orElseThrow();
    }

    @Test
    void remembersWhichFieldsWereGiven() {
        ProjectPatch patch = requests.patch(json("{\"grd_init_status\": \"failed\", \"description\": null}"));

        assertTrue(patch.has("grd_init_status"));
        assertTrue(patch.has("description"));
        assertFalse(patch.has("name"));
        assertFalse(patch.has("local_path"));
        assertEquals("failed", patch.grdInitStatus);
        assertNull(patch.description);
    }

    @Test
    void acceptsEveryInitStatus() {
        for (String status : new String[] {"none", "initializing", "ready", "failed"}) {
            assertEquals(status, requests.patch(json("{\"grd_init_status\": \"" + status + "\"}")).grdInitStatus);
        }
    }

    @Test
    void validatesOnlyTheGivenFields() {
        ProjectPatch patch = requests.patch(json("{\"local_path\": \"" + checkout + "\"}"));
        assertEquals(checkout.toString(), patch.localPath);
    }

    @Test
    void refusesAnUnknownStatus() {
        assertEquals("grd_init_status must be one of none, initializing, ready, failed",
                violationOf("{\"grd_init_status\": \"READY\"}"));
    }

    @Test
    void refusesABlankName() {
        assertEquals("name must not be blank", violationOf("{\"name\": \" \"}"));
    }

    @Test
    void refusesFieldsThatCannotChange() {
        Refusal e = assertThrows(Refusal.class, () -> requests.patch(json("{\"created_at\": \"x\", \"id\": 1}")));
        assertEquals("created_at", e.details().get("field"));
        assertEquals("Unknown fields created_at, id; a project's changeable fields are "
                + "description, grd_init_status, local_path, name.", e.getMessage());
    }

    @Test
    void refusesNonStringValues() {
        Refusal e = assertThrows(Refusal.class, () -> requests.patch(json("{\"description\": []}")));
        assertEquals("description must be a string", e.getMessage());
    }

    @Test
    void readsANewProject() {
        NewProject draft = requests.draft(json("{\"name\": \" Atlas \", \"local_path\": \"" + checkout
                + "\", \"description\": null, \"auto_init\": true}"));

        assertEquals(" Atlas ", draft.name);
        assertEquals(checkout.toString(), draft.localPath);
        assertNull(draft.description);
        assertTrue(draft.autoInit);
        assertFalse(requests.draft(json("{\"name\": \"A\", \"local_path\": \"" + checkout + "\"}")).autoInit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"name\": 7                 | name       | name must be a string",
            "\"name\": [\"x\"]             | name       | name must be a string",
            "\"description\": {}         | description | description must be a string",
            "\"auto_init\": \"true\"       | auto_init  | auto_init must be true or false",
            "\"auto_init\": 1            | auto_init  | auto_init must be true or false",
            "\"localPath\": \"/x\"         | localPath  | Unknown field localPath; a new project's fields are auto_init, description, local_path, name."})
    void namesTheFieldOfANewProjectThatIsWrong(String field, String named, String message) {
        Refusal e = assertThrows(Refusal.class, () -> requests.draft(json("{\"name\": \"A\", \"local_path\": \""
                + checkout + "\", " + field.strip() + "}")));
        assertEquals(named, e.details().get("field"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void validatesANewProject() {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> requests.draft(json("{\"name\": \"A\"}")));
        assertEquals("local_path is required",
                e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).findFirst().orElseThrow());
    }
}
