package org.grdplanner.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.grdplanner.sessions.control.StreamJsonEvents;
import org.grdplanner.sessions.control.StreamJsonEvents.Event;
import org.junit.jupiter.api.Test;

class StreamJsonEventsTest {

    private static final String SYSTEM = "{\"type\":\"system\",\"subtype\":\"init\",\"cwd\":\"/w\"}\r\n";
    private static final String ASSISTANT = "{\"type\":\"assistant\",\"message\":{\"content\":[{\"type\":\"text\","
            + "\"text\":\"Reading **ROADMAP.md**\"},{\"type\":\"tool_use\",\"name\":\"Read\","
            + "\"input\":{\"file_path\":\".planning/ROADMAP.md\"}}]}}\r\n";
    private static final String RESULT = "{\"type\":\"result\",\"is_error\":false,\"duration_ms\":1200,"
            + "\"total_cost_usd\":0.25,\"num_turns\":3,\"result\":\"Planned phase 2\"}\r\n";

    private static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }

    @Test
    void turnsStreamJsonIntoReadableEvents() {
        List<Event> events = new StreamJsonEvents(true).accept(SYSTEM + ASSISTANT + RESULT);

        assertEquals(List.of("message", "tool", "result"), names(events));
        assertEquals("Reading **ROADMAP.md**", events.get(0).data().getString("text"));
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

        assertEquals(List.of(), readable.accept(all.substring(0, cut)));
        assertEquals(List.of("message", "tool", "result"), names(readable.accept(all.substring(cut))));
    }

    @Test
    void skipsALineItJoinedInTheMiddle() {
        StreamJsonEvents readable = new StreamJsonEvents(false);

        assertEquals(List.of("result"), names(readable.accept(ASSISTANT.substring(10) + RESULT)));
    }

    @Test
    void ignoresOutputThatIsNotStreamJson() {
        assertEquals(List.of(), new StreamJsonEvents(true).accept("plain text\r\n{not json\r\n[1,2]\r\n{\"type\":\"user\"}\r\n"));
    }

    @Test
    void readsAnObjectLineWhoseIndentArrivedInAnEarlierChunk() {
        StreamJsonEvents readable = new StreamJsonEvents(true);

        assertEquals(List.of(), readable.accept("  "));
        assertEquals(List.of(), readable.accept(" \t" + RESULT.substring(0, 5)));
        assertEquals(List.of("result"), names(readable.accept(RESULT.substring(5))));
    }

    @Test
    void skipsTextLinesEvenWhenAnObjectFollowsOnTheSameLine() {
        StreamJsonEvents readable = new StreamJsonEvents(true);

        assertEquals(List.of(), readable.accept("Result: " + RESULT.strip()));
        assertEquals(List.of("result"), names(readable.accept("\n" + RESULT)));
    }
}
