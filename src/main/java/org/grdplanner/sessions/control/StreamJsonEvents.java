package org.grdplanner.sessions.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.grdplanner.platform.control.SharedJson;

/**
 * Turns the stream-json lines an autonomous agent prints into readable events: {@code message} (assistant text),
 * {@code tool} (a tool call) and {@code result} (the run's outcome). Output that is not stream-json yields nothing.
 * A reader that starts in the middle of a line skips that line.
 */
public final class StreamJsonEvents {

    private static final int MAX_LINE = 4 * 1024 * 1024;

    public record Event(String name, JsonObject data) {
    }

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean skipping;
    private boolean objectLine;

    public StreamJsonEvents(boolean startsAtLineStart) {
        this.skipping = !startsAtLineStart;
    }

    /**
     * The events completed by {@code text}, UTF-8 cut at whole sequences. Lines that do not start with an object are
     * skipped unread and undecoded: most output under a flood is not stream-json.
     */
    public List<Event> accept(byte[] text) {
        List<Event> events = new ArrayList<>();
        int start = 0;
        while (start < text.length) {
            int newline = ByteLanes.indexOf(text, (byte) '\n', start, text.length);
            int end = newline < 0 ? text.length : newline;
            if (!skipping) {
                collect(text, start, end);
            }
            if (newline < 0) {
                break;
            }
            if (!skipping) {
                parse(line.toString(StandardCharsets.UTF_8).strip(), events);
            }
            line.reset();
            skipping = false;
            objectLine = false;
            start = newline + 1;
        }
        return events;
    }

    private void collect(byte[] text, int start, int end) {
        if (!objectLine) {
            int first = start;
            while (first < end && isJsonWhitespace(text[first])) {
                first++;
            }
            if (first == end) {
                return;
            }
            if (text[first] != '{') {
                skipping = true;
                return;
            }
            objectLine = true;
            start = first;
        }
        line.write(text, start, end - start);
        if (line.size() > MAX_LINE) {
            line.reset();
            skipping = true;
        }
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static void parse(String text, List<Event> events) {
        if (text.isEmpty()) {
            return;
        }
        JsonObject json;
        try {
            json = SharedJson.createReader(new StringReader(text)).readObject();
        } catch (JsonException | IllegalStateException e) {
            return;
        }
        switch (json.getString("type", "")) {
            case "assistant" -> contents(json).forEach(content -> assistant(content, events));
            case "result" -> events.add(new Event("result", result(json)));
            default -> {
            }
        }
    }

    private static List<JsonObject> contents(JsonObject json) {
        JsonValue message = json.get("message");
        if (!(message instanceof JsonObject object) || !(object.get("content") instanceof JsonArray content)) {
            return List.of();
        }
        return content.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }

    private static void assistant(JsonObject content, List<Event> events) {
        switch (content.getString("type", "")) {
            case "text" -> events.add(new Event("message", SharedJson.createObjectBuilder()
                    .add("role", "assistant").add("text", content.getString("text", "")).build()));
            case "tool_use" -> events.add(new Event("tool", SharedJson.createObjectBuilder()
                    .add("name", content.getString("name", "tool"))
                    .add("input", summary(content.get("input")))
                    .build()));
            default -> {
            }
        }
    }

    private static JsonObject result(JsonObject json) {
        JsonObjectBuilder result = SharedJson.createObjectBuilder()
                .add("is_error", json.getBoolean("is_error", false))
                .add("text", json.get("result") instanceof JsonString text ? text.getString() : "");
        for (String field : List.of("duration_ms", "total_cost_usd", "num_turns")) {
            if (json.get(field) instanceof JsonNumber number) {
                result.add(field, number);
            }
        }
        return result.build();
    }

    private static String summary(JsonValue input) {
        String text = input == null ? "" : input.toString();
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }
}
