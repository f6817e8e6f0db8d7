package org.grdplanner.planning.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum GrdInitStatus {
    NONE, INITIALIZING, READY, FAILED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GrdInitStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
