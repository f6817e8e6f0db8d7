package org.grdplanner.sessions.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grdplanner.platform.boundary.JsonRequest;

public final class SessionRequests {

    private static final int MAX_SIDE = 1000;
    private static final String COLS = "cols must be a whole number from 1 to " + MAX_SIDE;
    private static final String ROWS = "rows must be a whole number from 1 to " + MAX_SIDE;

    private SessionRequests() {
    }

    @JsonRequest("an input's")
    @Schema(requiredProperties = "text", additionalProperties = Schema.False.class)
    public record Input(
            @NotNull(message = "text is required")
            @Schema(description = "Keystrokes for the terminal, at most 64 KiB as UTF-8")
            String text) {

        /** Declared so that the constraint stays off its parameter, where Payara's OpenAPI scanner fails on it. */
        public Input(String text) {
            this.text = text;
        }
    }

    @JsonRequest("a resize's")
    @Schema(requiredProperties = {"cols", "rows"}, additionalProperties = Schema.False.class)
    public record Resize(
            @NotNull(message = COLS) @Min(value = 1, message = COLS) @Max(value = MAX_SIDE, message = COLS)
            Integer cols,
            @NotNull(message = ROWS) @Min(value = 1, message = ROWS) @Max(value = MAX_SIDE, message = ROWS)
            Integer rows) {

        /** Declared so that the constraints stay off its parameters, where Payara's OpenAPI scanner fails on them. */
        public Resize(Integer cols, Integer rows) {
            this.cols = cols;
            this.rows = rows;
        }
    }
}
