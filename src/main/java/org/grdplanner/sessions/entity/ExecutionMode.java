package org.grdplanner.sessions.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum ExecutionMode {
    AUTONOMOUS, INTERACTIVE;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExecutionMode> fromValue(String value) {
        return Arrays.stream(values()).filter(mode -> mode.value().equals(value)).findFirst();
    }
}
