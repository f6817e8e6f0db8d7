package org.grdplanner.sessions.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the stream-json lines an autonomous agent prints into readable events: {@code message} (assistant text),
 * {@code tool} (a tool call) and {@code result} (the run's outcome). Output that is not stream-json yields nothing.
 * A reader that starts in the middle of a line skips that line.
 */
public final class StreamJsonEvents {

    private static final int MAX_LINE = 4 * 1024 * 1024;

    public record Event(String name, JsonObject data) {
    }

    private final StringBuilder line = new StringBuilder();
    private boolean skipping;

    public StreamJsonEvents(boolean startsAtLineStart) {
        this.skipping = !startsAtLineStart;
    }

    public List<Event> accept(String text) {
        List<Event> events = new ArrayList<>();
        int start = 0;
        int newline;
        while ((newline = text.indexOf('\n', start)) >= 0) {
            if (!skipping) {
                line.append(text, start, newline);
                parse(line.toString().strip(), events);
            }
            line.setLength(0);
            skipping = false;
            start = newline + 1;
        }
        if (!skipping) {
            line.append(text, start, text.length());
            if (line.length() > MAX_LINE) {
                line.setLength(0);
                skipping = true;
            }
        }
        return events;
    }

    private static void parse(String text, List<Event> events) {
        if (!text.startsWith("{")) {
            return;
        }
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(text)).readObject();
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
            case "text" -> events.add(new Event("message", Json.createObjectBuilder()
                    .add("role", "assistant").add("text", content.getString("text", "")).build()));
            case "tool_use" -> events.add(new Event("tool", Json.createObjectBuilder()
                    .add("name", content.getString("name", "tool"))
                    .add("input", summary(content.get("input")))
                    .build()));
            default -> {
            }
        }
    }

    private static JsonObject result(JsonObject json) {
        JsonObjectBuilder result = Json.createObjectBuilder()
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
