package org.grdplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Set;
import org.grdplanner.platform.boundary.JsonFields;
import org.grdplanner.platform.control.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFieldsTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1000", "80"})
    void takesWholeNumbersInTheRange(String value) {
        assertEquals(new BigDecimal(value).intValueExact(),
                JsonFields.wholeNumber(json("{\"cols\": " + value + "}"), "cols", 1, 1000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-5", "80.5", "\"80\"", "true", "null", "99999999999999999999999"})
    void refusesAnythingElseNamingTheRange(String value) {
        Refusal refused = assertThrows(Refusal.class,
                () -> JsonFields.wholeNumber(json("{\"cols\": " + value + "}"), "cols", 1, 1000));
        assertEquals("cols", refused.details().get("field"));
        assertEquals("cols must be a whole number from 1 to 1000", refused.getMessage());
    }

    @Test
    void aMissingNumberIsRefusedToo() {
        assertThrows(Refusal.class, () -> JsonFields.wholeNumber(json("{}"), "cols", 1, 1000));
    }

    @Test
    void requiredTextMustBeGiven() {
        assertEquals("", JsonFields.requiredText(json("{\"text\": \"\"}"), "text"));
        assertEquals("text is required",
                assertThrows(Refusal.class, () -> JsonFields.requiredText(json("{\"text\": null}"), "text"))
                        .getMessage());
    }

    @Test
    void namesEveryUnknownFieldAndTheKnownOnes() {
        JsonFields.requireOnly(json("{\"cols\": 1}"), Set.of("cols", "rows"), "a resize's");
        Refusal refused = assertThrows(Refusal.class, () -> JsonFields.requireOnly(
                json("{\"width\": 1, \"cols\": 2, \"height\": 3}"), Set.of("rows", "cols"), "a resize's"));
        assertEquals("height", refused.details().get("field"));
        assertEquals("Unknown fields height, width; a resize's fields are cols, rows.", refused.getMessage());
    }
}
