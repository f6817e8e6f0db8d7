package org.grdplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.grdplanner.platform.boundary.JsonbConfiguration;
import org.grdplanner.projects.control.NewProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictStringsTest {

    private final Jsonb jsonb = new JsonbConfiguration().getContext(NewProject.class);

    @Test
    void textFieldsTakeStringsAndNull() {
        NewProject draft = jsonb.fromJson(
                "{\"name\": \"Atlas\", \"local_path\": \"/src/atlas\", \"description\": null, \"auto_init\": true}",
                NewProject.class);

        assertEquals("Atlas", draft.name);
        assertEquals("/src/atlas", draft.localPath);
        assertNull(draft.description);
        assertEquals(true, draft.autoInit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "true", "{\"a\": 1}", "[\"x\"]"})
    void anythingElseInATextFieldIsRefused(String value) {
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"name\": " + value + "}", NewProject.class));
    }
}
