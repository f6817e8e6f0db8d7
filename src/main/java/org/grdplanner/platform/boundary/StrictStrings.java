package org.grdplanner.platform.boundary;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * A text field takes a JSON string or null and nothing else. JSON-B on its own turns {@code {"name": 7}} into "7",
 * which made the create request take what the same field in a PATCH refuses.
 */
public class StrictStrings implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NULL -> null;
            default -> throw new JsonbException("A text field holds " + value.getValueType() + " instead of a string");
        };
    }
}
