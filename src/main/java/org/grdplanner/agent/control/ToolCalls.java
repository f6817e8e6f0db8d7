package org.grdplanner.agent.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Collectors;

/** A Claude Code tool call told as what it does: {@code Write .planning/ROADMAP.md}, {@code Bash: npm test}. */
public final class ToolCalls {

    private static final int MAX_SUMMARY = 200;
    private static final int MAX_RESULT = 2000;
    private static final List<String> TARGET_FIELDS = List.of("file_path", "notebook_path", "command", "pattern",
            "path", "url", "query", "description", "skill", "prompt");

    private ToolCalls() {
    }

    public static String summary(String tool, JsonObject input, String cwd) {
        String target = target(tool, input, cwd);
        if (target.isEmpty()) {
            return tool;
        }
        String separator = input.containsKey("file_path") || input.containsKey("notebook_path") ? " " : ": ";
        return shorten(tool + separator + firstLine(target), MAX_SUMMARY);
    }

    /** What the call acts on: a path relative to the agent's working directory, a command, a pattern. */
    public static String target(String tool, JsonObject input, String cwd) {
        for (String field : TARGET_FIELDS) {
            if (input.get(field) instanceof JsonString value && !value.getString().isBlank()) {
                return relative(value.getString(), cwd);
            }
        }
        return input.isEmpty() ? "" : shorten(input.toString(), MAX_SUMMARY);
    }

    /** A tool result's text, whether the CLI sent it as a string or as content blocks. */
    public static String resultText(JsonValue content) {
        String text;
        if (content instanceof JsonString string) {
            text = string.getString();
        } else if (content instanceof JsonArray blocks) {
            text = blocks.stream()
                    .filter(JsonObject.class::isInstance)
                    .map(block -> ((JsonObject) block).getString("text", ""))
                    .collect(Collectors.joining("\n"));
        } else {
            text = "";
        }
        return shorten(text, MAX_RESULT);
    }

    private static String relative(String value, String cwd) {
        if (cwd != null && !cwd.isEmpty() && value.startsWith(cwd + "/")) {
            return value.substring(cwd.length() + 1);
        }
        return value;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }

    private static String shorten(String text, int limit) {
        return text.length() > limit ? text.substring(0, limit - 1) + "…" : text;
    }
}
