package org.grdplanner.sessions.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public final class SessionRequests {

    private SessionRequests() {
    }

    public static class Input {
        @NotNull(message = "text is required")
        public String text;
    }

    public static class Resize {
        @NotNull(message = "cols is required")
        @Min(value = 1, message = "cols must be between 1 and 1000")
        @Max(value = 1000, message = "cols must be between 1 and 1000")
        public Integer cols;

        @NotNull(message = "rows is required")
        @Min(value = 1, message = "rows must be between 1 and 1000")
        @Max(value = 1000, message = "rows must be between 1 and 1000")
        public Integer rows;
    }
}
