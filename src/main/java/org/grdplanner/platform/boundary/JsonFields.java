package org.grdplanner.platform.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.grdplanner.platform.control.Refusal;

/**
 * Reads request bodies field by field, so that a wrong field is named in the 400: JSON-B binding would turn
 * {@code {"cols": "80"}} into 80, {@code {"cols": 80.7}} into 80 and {@code {"auto_init": "yes"}} into false, and
 * say nothing of a misspelt field.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** A body may hold only {@code fields}; {@code whose} names them in the refusal, as in "a new project's". */
    public static void requireOnly(JsonObject json, Set<String> fields, String whose) {
        SortedSet<String> unknown = new TreeSet<>(json.keySet());
        unknown.removeAll(fields);
        if (!unknown.isEmpty()) {
            throw Refusal.invalidField(unknown.first(), (unknown.size() == 1 ? "Unknown field " : "Unknown fields ")
                    + String.join(", ", unknown) + "; " + whose + " fields are " + String.join(", ", new TreeSet<>(fields))
                    + ".");
        }
    }

    /** The string value of {@code field}, null when it is absent or null; any other type is a 400. */
    public static String optionalText(JsonObject json, String field) {
        JsonValue value = present(json, field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw Refusal.invalidField(field, field + " must be a string");
    }

    /** true or false, false when absent or null; any other type is a 400. */
    public static boolean flag(JsonObject json, String field) {
        JsonValue value = present(json, field);
        if (value == null) {
            return false;
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw Refusal.invalidField(field, field + " must be true or false");
        };
    }

    /** The string value of {@code field}, which must be given. */
    public static String requiredText(JsonObject json, String field) {
        String text = optionalText(json, field);
        if (text == null) {
            throw Refusal.invalidField(field, field + " is required");
        }
        return text;
    }

    /** A whole number from {@code min} to {@code max}, which must be given. */
    public static int wholeNumber(JsonObject json, String field, int min, int max) {
        if (present(json, field) instanceof JsonNumber number && number.isIntegral()
                && number.bigIntegerValue().compareTo(BigInteger.valueOf(min)) >= 0
                && number.bigIntegerValue().compareTo(BigInteger.valueOf(max)) <= 0) {
            return number.intValue();
        }
        throw Refusal.invalidField(field, field + " must be a whole number from " + min + " to " + max);
    }

    private static JsonValue present(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }
}
