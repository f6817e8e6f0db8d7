package org.grdplanner.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.grdplanner.agent.control.StreamJsonEvents.Event;
import org.grdplanner.agent.control.StreamJsonEvents;
import org.junit.jupiter.api.Test;

class StreamJsonEventsTest {

    private static final String SYSTEM = "{\"type\":\"system\",\"subtype\":\"init\",\"cwd\":\"/w\"}\r\n";
    private static final String ASSISTANT = "{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"text\","
            + "\"text\":\"Reading **ROADMAP.md** – phase 2 ✓\"},{\"type\":\"tool_use\",\"name\":\"Read\","
            + "\"input\":{\"file_path\":\"/w/.planning/ROADMAP.md\"}}]}}\r\n";
    private static final String RESULT = "{\"type\":\"result\",\"is_error\":false,\"duration_ms\":1200,"
            + "\"total_cost_usd\":0.25,\"num_turns\":3,\"result\":\"Planned phase 2\"}\r\n";

    private static List<Event> accept(StreamJsonEvents readable, String text) {
        return readable.accept(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }

    /** What Claude Code 2.1.332 printed for a run against the scripted model, its lines ended as a PTY ends them. */
    static String recorded(String name) throws IOException {
        try (var in = StreamJsonEventsTest.class.getResourceAsStream("/stream-json/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n") + "\u001b[?25h";
        }
    }

    @Test
    void turnsStreamJsonIntoReadableEvents() {
        List<Event> events = accept(new StreamJsonEvents(true), SYSTEM + ASSISTANT + RESULT);

        assertEquals(List.of("init", "message", "tool", "result"), names(events));
        assertEquals("Reading **ROADMAP.md** – phase 2 ✓", events.get(1).data().getString("text"));
        assertEquals("Read", events.get(2).data().getString("name"));
        assertEquals("Read .planning/ROADMAP.md", events.get(2).data().getString("summary"));
        assertEquals("/w/.planning/ROADMAP.md", events.get(2).data().getJsonObject("input").getString("file_path"));
        assertEquals(1200, events.get(3).data().getInt("duration_ms"));
        assertEquals(0.25, events.get(3).data().getJsonNumber("total_cost_usd").doubleValue());
        assertEquals("Planned phase 2", events.get(3).data().getString("text"));
    }

    @Test
    void readsARealRunThatWroteAPlan() throws IOException {
        List<Event> events = accept(new StreamJsonEvents(true), recorded("plan-phase-written.jsonl"));

        assertEquals(List.of("init", "message", "tool", "tool_result", "message", "result"), names(events));
        JsonObject init = events.get(0).data();
        assertEquals("2.1.332", init.getString("version"));
        assertEquals("bypassPermissions", init.getString("permission_mode"));
        assertTrue(init.getJsonArray("slash_commands").contains(Json.createValue("grd:plan-phase")));
        assertEquals(init.getString("agent_session_id"), events.get(5).data().getString("agent_session_id"));
        assertEquals("Write .planning/phases/02-x/02-01-PLAN.md", events.get(2).data().getString("summary"));
        assertEquals(events.get(2).data().getString("id"), events.get(3).data().getString("tool_use_id"));
        assertFalse(events.get(3).data().getBoolean("is_error"));
        assertTrue(events.get(3).data().getString("text").startsWith("File created successfully"));
        assertEquals(List.of(), events.get(5).data().getJsonArray("permission_denials"));
    }

    @Test
    void aRunWhoseWritesWereDeniedSaysWhatWasRefused() throws IOException {
        List<Event> events = accept(new StreamJsonEvents(true), recorded("plan-phase-denied.jsonl"));

        assertEquals(List.of("init", "message", "tool", "tool_result", "message", "result"), names(events));
        assertTrue(events.get(3).data().getBoolean("is_error"));
        JsonObject result = events.get(5).data();
        assertFalse(result.getBoolean("is_error"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("tool_name", "Write")
                .add("target", ".planning/phases/02-x/02-01-PLAN.md")).build(), result.getJsonArray("permission_denials"));
    }

    @Test
    void thinkingRetriesAndBashCallsReadAsWhatTheyAre() {
        String thinking = "{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"thinking\","
                + "\"thinking\":\"Phase 2 first.\",\"signature\":\"x\"},{\"type\":\"tool_use\",\"id\":\"t1\","
                + "\"name\":\"Bash\",\"input\":{\"command\":\"node grd-tools.js roadmap analyze\\n--json\"}}]}}\r\n";
        String retry = "{\"type\":\"system\",\"subtype\":\"api_retry\",\"attempt\":1,\"max_retries\":10,"
                + "\"error_status\":529,\"error\":\"overloaded\"}\r\n";

        List<Event> events = accept(new StreamJsonEvents(true), retry + thinking);

        assertEquals(List.of("retry", "thinking", "tool"), names(events));
        assertEquals(529, events.get(0).data().getInt("error_status"));
        assertEquals("Phase 2 first.", events.get(1).data().getString("text"));
        assertEquals("Bash: node grd-tools.js roadmap analyze …", events.get(2).data().getString("summary"));
    }

    @Test
    void anApiErrorIsAnErrorResult() throws IOException {
        List<Event> events = accept(new StreamJsonEvents(true), recorded("api-error.jsonl"));

        Event result = events.get(events.size() - 1);
        assertEquals("result", result.name());
        assertTrue(result.data().getBoolean("is_error"));
        assertEquals("API Error: 400 scripted 400", result.data().getString("text"));
    }

    @Test
    void joinsLinesSplitAcrossChunks() {
        StreamJsonEvents readable = new StreamJsonEvents(true);
        String all = ASSISTANT + RESULT;
        int cut = ASSISTANT.length() / 2;

        assertEquals(List.of(), accept(readable, all.substring(0, cut)));
        assertEquals(List.of("message", "tool", "result"), names(accept(readable, all.substring(cut))));
    }

    @Test
    void skipsALineItJoinedInTheMiddle() {
        StreamJsonEvents readable = new StreamJsonEvents(false);

        assertEquals(List.of("result"), names(accept(readable, ASSISTANT.substring(10) + RESULT)));
    }

    @Test
    void ignoresOutputThatIsNotStreamJson() {
        String notReadable = "plain text\r\n{not json\r\n[1,2]\r\n{\"type\":\"user\"}\r\n";

        assertEquals(List.of(), accept(new StreamJsonEvents(true), notReadable));
    }

    @Test
    void readsAnObjectLineWhoseIndentArrivedInAnEarlierChunk() {
        StreamJsonEvents readable = new StreamJsonEvents(true);

        assertEquals(List.of(), accept(readable, "  "));
        assertEquals(List.of(), accept(readable, " \t" + RESULT.substring(0, 5)));
        assertEquals(List.of("result"), names(accept(readable, RESULT.substring(5))));
    }

    @Test
    void skipsTextLinesEvenWhenAnObjectFollowsOnTheSameLine() {
        StreamJsonEvents readable = new StreamJsonEvents(true);

        assertEquals(List.of(), accept(readable, "Result: " + RESULT.strip()));
        assertEquals(List.of("result"), names(accept(readable, "\n" + RESULT)));
    }
}
