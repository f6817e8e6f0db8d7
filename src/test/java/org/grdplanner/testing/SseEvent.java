package org.grdplanner.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

public record SseEvent(String name, String id, String data) {

    public JsonObject json() {
        return Json.createReader(new StringReader(data)).readObject();
    }

    public boolean isComplete() {
        return "complete".equals(name);
    }

    /** Parses text/event-stream text; comments are dropped, an unterminated last event too. */
    public static List<SseEvent> parse(String stream) {
        List<SseEvent> events = new ArrayList<>();
        String name = null;
        String id = null;
        StringBuilder data = null;
        for (String line : stream.split("\r\n|\n|\r", -1)) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(new SseEvent(name == null ? "message" : name, id, data.toString()));
                }
                name = null;
                id = null;
                data = null;
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                String value = line.substring(5);
                value = value.startsWith(" ") ? value.substring(1) : value;
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return events;
    }
}
