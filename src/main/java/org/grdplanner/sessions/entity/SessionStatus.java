package org.grdplanner.sessions.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum SessionStatus {
    ACTIVE, COMPLETED, FAILED, STOPPED, TIMED_OUT, INTERRUPTED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return this == ACTIVE;
    }

    public static Optional<SessionStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }

    public static SessionStatus ofExit(int exitCode) {
        return exitCode == 0 ? COMPLETED : FAILED;
    }
}
