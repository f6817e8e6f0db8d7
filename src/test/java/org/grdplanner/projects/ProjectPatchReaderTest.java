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
import org.grdplanner.platform.control.ApiException;
import org.grdplanner.projects.boundary.ProjectPatchReader;
import org.grdplanner.projects.control.ProjectPatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPatchReaderTest {

    private final ProjectPatchReader reader =
            new ProjectPatchReader(Validation.buildDefaultValidatorFactory().getValidator());

    @TempDir
    Path checkout;

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private String violationOf(String text) {
        ConstraintViolationException e =
                assertThrows(ConstraintViolationException.class, () -> reader.read(json(text)));
        return e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).findFirst().orElseThrow();
    }

    @Test
    void remembersWhichFieldsWereGiven() {
        ProjectPatch patch = reader.read(json("{\"grd_init_status\": \"failed\", \"description\": null}"));

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
            assertEquals(status, reader.read(json("{\"grd_init_status\": \"" + status + "\"}")).grdInitStatus);
        }
    }

    @Test
    void validatesOnlyTheGivenFields() {
        ProjectPatch patch = reader.read(json("{\"local_path\": \"" + checkout + "\"}"));
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
        ApiException e = assertThrows(ApiException.class, () -> reader.read(json("{\"created_at\": \"x\", \"id\": 1}")));
        assertEquals("created_at", e.details().get("field"));
        assertEquals("Cannot change created_at, id; a project's changeable fields are "
                + "description, grd_init_status, local_path, name.", e.getMessage());
    }

    @Test
    void refusesNonStringValues() {
        ApiException e = assertThrows(ApiException.class, () -> reader.read(json("{\"description\": []}")));
        assertEquals("description must be a string", e.getMessage());
    }
}
