package org.grdplanner.agent.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's JSON, read and written through one JSON-P provider looked up once: {@code jakarta.json.Json} looks it
 * up through the ServiceLoader on every call, which in a web application scans the class path (measured as a fifth
 * of the CPU of every output event). Also the text of the columns that keep what the agent ran and reported.
 */
public final class AgentJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private AgentJson() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonObject readObject(String json) {
        return PROVIDER.createReader(new StringReader(json)).readObject();
    }

    public static JsonArray readArray(String json) {
        return PROVIDER.createReader(new StringReader(json)).readArray();
    }

    public static String strings(List<String> values) {
        JsonArrayBuilder array = array();
        values.forEach(array::add);
        return array.build().toString();
    }

    public static List<String> strings(String json) {
        return readArray(json).getValuesAs(JsonString::getString);
    }

    /** Objects of text fields, in the order given. */
    public static String objects(List<Map<String, String>> values) {
        JsonArrayBuilder array = array();
        values.forEach(fields -> {
            JsonObjectBuilder object = object();
            fields.forEach(object::add);
            array.add(object);
        });
        return array.build().toString();
    }

    public static List<Map<String, String>> objects(String json) {
        return readArray(json).getValuesAs(JsonObject.class).stream().map(AgentJson::textFields).toList();
    }

    private static Map<String, String> textFields(JsonObject object) {
        Map<String, String> fields = new LinkedHashMap<>();
        object.forEach((name, value) -> fields.put(name,
                value instanceof JsonString text ? text.getString() : value == JsonValue.NULL ? null : value.toString()));
        return fields;
    }
}
