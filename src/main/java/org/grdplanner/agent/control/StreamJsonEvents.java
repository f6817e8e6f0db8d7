package org.grdplanner.agent.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.grdplanner.output.control.ByteLanes;

/**
 * Turns the stream-json lines an autonomous agent prints into readable events: {@code init} (the agent's session,
 * model and slash commands), {@code retry} (the API was busy), {@code message} (assistant text), {@code thinking},
 * {@code tool} (a tool call, summarized as what it does), {@code tool_result} and {@code result} (the run's outcome,
 * with the actions it was refused). Output that is not stream-json yields nothing. A reader that starts in the middle
 * of a line skips that line.
 */
public final class StreamJsonEvents {

    private static final int MAX_LINE = 4 * 1024 * 1024;

    public record Event(String name, JsonObject data) {
    }

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean skipping;
    private boolean objectLine;
    private String cwd;

    public StreamJsonEvents(boolean startsAtLineStart) {
        this(startsAtLineStart, null);
    }

    /** {@code cwd} is the agent's working directory, for a reader that starts after the agent's opening report. */
    public StreamJsonEvents(boolean startsAtLineStart, String cwd) {
        this.skipping = !startsAtLineStart;
        this.cwd = cwd;
    }

    /**
     * The events completed by {@code text}, UTF-8 cut at whole sequences. Lines that do not start with an object are
     * skipped unread and undecoded: most output under a flood is not stream-json.
     */
    public List<Event> accept(byte[] text) {
        return accept(text, text.length);
    }

    public List<Event> accept(byte[] text, int length) {
        List<Event> events = new ArrayList<>();
        int start = 0;
        while (start < length) {
            int newline = ByteLanes.indexOf(text, (byte) '\n', start, length);
            int end = newline < 0 ? length : newline;
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

    private void parse(String text, List<Event> events) {
        if (text.isEmpty()) {
            return;
        }
        JsonObject json;
        try {
            json = AgentJson.readObject(text);
        } catch (JsonException | IllegalStateException e) {
            return;
        }
        switch (json.getString("type", "")) {
            case "system" -> system(json, events);
            case "assistant" -> contents(json).forEach(content -> assistant(content, events));
            case "user" -> contents(json).forEach(content -> toolResult(content, events));
            case "result" -> events.add(new Event("result", result(json)));
            default -> {
            }
        }
    }

    private void system(JsonObject json, List<Event> events) {
        switch (json.getString("subtype", "")) {
            case "init" -> {
                cwd = json.getString("cwd", null);
                JsonArrayBuilder commands = AgentJson.array();
                if (json.get("slash_commands") instanceof JsonArray slashCommands) {
                    slashCommands.stream().filter(JsonString.class::isInstance).forEach(commands::add);
                }
                events.add(new Event("init", AgentJson.object()
                        .add("agent_session_id", json.getString("session_id", ""))
                        .add("cwd", json.getString("cwd", ""))
                        .add("model", json.getString("model", ""))
                        .add("permission_mode", json.getString("permissionMode", ""))
                        .add("version", json.getString("claude_code_version", ""))
                        .add("slash_commands", commands)
                        .build()));
            }
            case "api_retry" -> {
                JsonObjectBuilder retry = AgentJson.object()
                        .add("error", json.getString("error", ""));
                copyNumbers(json, retry, "attempt", "max_retries", "error_status", "retry_delay_ms");
                events.add(new Event("retry", retry.build()));
            }
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

    private void assistant(JsonObject content, List<Event> events) {
        switch (content.getString("type", "")) {
            case "text" -> events.add(new Event("message", AgentJson.object()
                    .add("role", "assistant").add("text", content.getString("text", "")).build()));
            case "thinking" -> events.add(new Event("thinking", AgentJson.object()
                    .add("text", content.getString("thinking", "")).build()));
            case "tool_use" -> {
                String name = content.getString("name", "tool");
                JsonObject input = content.get("input") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
                events.add(new Event("tool", AgentJson.object()
                        .add("id", content.getString("id", ""))
                        .add("name", name)
                        .add("summary", ToolCalls.summary(name, input, cwd))
                        .add("input", input)
                        .build()));
            }
            default -> {
            }
        }
    }

    private static void toolResult(JsonObject content, List<Event> events) {
        if (!"tool_result".equals(content.getString("type", ""))) {
            return;
        }
        events.add(new Event("tool_result", AgentJson.object()
                .add("tool_use_id", content.getString("tool_use_id", ""))
                .add("is_error", content.getBoolean("is_error", false))
                .add("text", ToolCalls.resultText(content.get("content")))
                .build()));
    }

    private JsonObject result(JsonObject json) {
        JsonObjectBuilder result = AgentJson.object()
                .add("is_error", json.getBoolean("is_error", false))
                .add("text", json.get("result") instanceof JsonString text ? text.getString() : "")
                .add("agent_session_id", json.getString("session_id", ""));
        copyNumbers(json, result, "duration_ms", "total_cost_usd", "num_turns");
        JsonArrayBuilder denials = AgentJson.array();
        if (json.get("permission_denials") instanceof JsonArray given) {
            given.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).forEach(denial -> {
                String tool = denial.getString("tool_name", "tool");
                JsonObject input = denial.get("tool_input") instanceof JsonObject object
                        ? object : JsonValue.EMPTY_JSON_OBJECT;
                denials.add(AgentJson.object()
                        .add("tool_name", tool)
                        .add("target", ToolCalls.target(tool, input, cwd)));
            });
        }
        return result.add("permission_denials", denials).build();
    }

    private static void copyNumbers(JsonObject from, JsonObjectBuilder to, String... fields) {
        for (String field : fields) {
            if (from.get(field) instanceof JsonNumber number) {
                to.add(field, number);
            }
        }
    }
}
