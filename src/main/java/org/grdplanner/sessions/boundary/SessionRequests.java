package org.grdplanner.sessions.boundary;

import jakarta.json.JsonObject;
import java.util.Set;
import org.grdplanner.platform.boundary.JsonFields;

final class SessionRequests {

    private static final int MAX_TERMINAL_SIDE = 1000;

    private SessionRequests() {
    }

    record Input(String text) {
        static Input of(JsonObject json) {
            JsonFields.requireOnly(json, Set.of("text"), "an input's");
            return new Input(JsonFields.requiredText(json, "text"));
        }
    }

    record Resize(int cols, int rows) {
        static Resize of(JsonObject json) {
            JsonFields.requireOnly(json, Set.of("cols", "rows"), "a resize's");
            return new Resize(JsonFields.wholeNumber(json, "cols", 1, MAX_TERMINAL_SIDE),
                    JsonFields.wholeNumber(json, "rows", 1, MAX_TERMINAL_SIDE));
        }
    }
}
