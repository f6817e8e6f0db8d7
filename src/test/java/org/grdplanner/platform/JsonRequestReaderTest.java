package org.grdplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.grdplanner.platform.boundary.JsonRequest;
import org.grdplanner.platform.boundary.JsonRequestReader;
import org.grdplanner.platform.control.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRequestReaderTest {

    @JsonRequest("a sample's")
    public record Sample(String label, boolean flag, @Min(1) @Max(1000) Integer cols, JsonValue raw,
                         Optional<String> change) {
    }

    private static Sample read(String json) {
        return JsonRequestReader.read(Sample.class, json.getBytes(StandardCharsets.UTF_8));
    }

    private static Refusal refusalOf(String json) {
        return assertThrows(Refusal.class, () -> read(json));
    }

    @Test
    void readsEachComponentFromItsSnakeCaseField() {
        Sample sample = read("{\"label\": \"a\", \"flag\": true, \"cols\": 80, \"raw\": [1, \"x\"], \"change\": \"c\"}");

        assertEquals("a", sample.label());
        assertTrue(sample.flag());
        assertEquals(80, sample.cols());
        assertEquals("[1,\"x\"]", sample.raw().toString());
        assertEquals(Optional.of("c"), sample.change());
    }

    @Test
    void absentAndNullFieldsAreEmpty() {
        Sample sample = read("{\"label\": null, \"flag\": null}");

        assertNull(sample.label());
        assertFalse(sample.flag());
        assertNull(sample.cols());
        assertNull(sample.raw());
    }

    @Test
    void aChangeTellsALeftOutFieldFromANullOne() {
        assertNull(read("{}").change());
        assertEquals(Optional.empty(), read("{\"change\": null}").change());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1000", "80"})
    void takesWholeNumbersInTheRange(String value) {
        assertEquals(Integer.valueOf(value), read("{\"cols\": " + value + "}").cols());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-5", "80.5", "\"80\"", "true", "99999999999999999999999"})
    void refusesAnyOtherNumberNamingTheRange(String value) {
        Refusal refused = refusalOf("{\"cols\": " + value + "}");
        assertEquals("cols", refused.details().get("field"));
        assertEquals("cols must be a whole number from 1 to 1000", refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"label\": 7         | label  | label must be a string",
            "\"label\": [\"x\"]     | label  | label must be a string",
            "\"change\": {}       | change | change must be a string",
            "\"flag\": \"true\"     | flag   | flag must be true or false",
            "\"flag\": 1          | flag   | flag must be true or false"})
    void namesTheFieldOfTheWrongType(String field, String named, String message) {
        Refusal refused = refusalOf("{" + field + "}");
        assertEquals(named, refused.details().get("field"));
        assertEquals(message, refused.getMessage());
    }

    @Test
    void namesEveryUnknownFieldAndTheKnownOnes() {
        Refusal refused = refusalOf("{\"width\": 1, \"cols\": 2, \"Label\": 3}");
        assertEquals("Label", refused.details().get("field"));
        assertEquals("Unknown fields Label, width; a sample's fields are change, cols, flag, label, raw.",
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"x\"", "null", "{\"label\": ", ""})
    void refusesABodyThatIsNotAJsonObject(String body) {
        assertThrows(JsonException.class, () -> read(body));
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "{\"label\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Refusal refused = assertThrows(Refusal.class, () -> JsonRequestReader.read(Sample.class, latin1));
        assertEquals("The request body is not valid UTF-8; send JSON encoded as UTF-8.", refused.getMessage());
    }
}
