package org.grdplanner.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.grdplanner.platform.control.ApiException;

public final class JsonFields {

    private JsonFields() {
    }

    /** The string value of {@code field}, null when it is absent or null; any other type is a 400. */
    public static String optionalText(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw ApiException.invalidField(field, field + " must be a string");
    }
}
