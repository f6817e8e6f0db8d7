package org.grdplanner.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.grdplanner.sessions.control.StreamJsonEvents;
import org.grdplanner.sessions.control.StreamJsonEvents.Event;
import org.junit.jupiter.api.Test;

class StreamJsonEventsTest {

    private static final String SYSTEM = "{\"type\":\"system\",\"subtype\":\"init\",\"cwd\":\"/w\"}\r\n";
    private static final String ASSISTANT = "{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"text\","
            + "\"text\":\"Reading **ROADMAP.md** – phase 2 ✓\"},{\"type\":\"tool_use\",\"name\":\"Read\","
            + "\"input\":{\"file_path\":\".planning/ROADMAP.md\"}}]}}\r\n";
    private static final String RESULT = "{\"type\":\"result\",\"is_error\":false,\"duration_ms\":1200,"
            + "\"total_cost_usd\":0.25,\"num_turns\":3,\"result\":\"Planned phase 2\"}\r\n";

    private static List<Event> accept(StreamJsonEvents readable, String text) {
        return readable.accept(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }

    @Test
    void turnsStreamJsonIntoReadableEvents() {
        List<Event> events = accept(new StreamJsonEvents(true), SYSTEM + ASSISTANT + RESULT);

        assertEquals(List.of("message", "tool", "result"), names(events));
        assertEquals("Reading **ROADMAP.md** – phase 2 ✓", events.get(0).data().getString("text"));
        assertEquals("Read", events.get(1).data().getString("name"));
        assertEquals("{\"file_path\":\".planning/ROADMAP.md\"}", events.get(1).data().getString("input"));
        assertEquals(1200, events.get(2).data().getInt("duration_ms"));
        assertEquals(0.25, events.get(2).data().getJsonNumber("total_cost_usd").doubleValue());
        assertEquals("Planned phase 2", events.get(2).data().getString("text"));
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
