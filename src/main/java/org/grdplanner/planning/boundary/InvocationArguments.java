package org.grdplanner.planning.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.grdplanner.platform.control.Refusal;

/** An invocation's {@code args}: an object of named values, or an array, read as the values in their order. */
public final class InvocationArguments {

    private InvocationArguments() {
    }

    public static List<String> values(JsonValue args) {
        if (args == null || args.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        List<JsonValue> given = switch (args.getValueType()) {
            case OBJECT -> new ArrayList<>(((JsonObject) args).values());
            case ARRAY -> new ArrayList<>((JsonArray) args);
            default -> throw Refusal.invalidField("args", "args must be a JSON object or array.");
        };
        return given.stream().map(InvocationArguments::text).toList();
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> throw Refusal.invalidField("args", "args values must be strings, numbers or booleans.");
        };
    }
}
