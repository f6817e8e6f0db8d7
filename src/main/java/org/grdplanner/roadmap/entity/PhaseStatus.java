package org.grdplanner.roadmap.entity;

import java.util.Locale;

/** How far a phase has come, read from its folder (roadmap checkboxes go stale). */
public enum PhaseStatus {
    NOT_STARTED, EMPTY, DISCUSSED, RESEARCHED, PLANNED, PARTIAL, COMPLETE;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PhaseStatus of(boolean folder, boolean context, boolean research, int plans, int summaries) {
        if (!folder) {
            return NOT_STARTED;
        }
        if (plans > 0 && summaries >= plans) {
            return COMPLETE;
        }
        if (summaries > 0) {
            return PARTIAL;
        }
        if (plans > 0) {
            return PLANNED;
        }
        if (research) {
            return RESEARCHED;
        }
        return context ? DISCUSSED : EMPTY;
    }
}
