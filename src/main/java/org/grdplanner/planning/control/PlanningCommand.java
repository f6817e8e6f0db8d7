package org.grdplanner.planning.control;

import java.util.List;

/**
 * One GRD slash command. {@code argumentHint} is GRD's own notation: {@code <required>}, {@code [optional]}.
 */
public record PlanningCommand(String name, String group, String argumentHint, ExecutionMode defaultMode,
                              List<String> aliases) {

    public boolean requiresArguments() {
        return argumentHint.startsWith("<");
    }

    public boolean startsWithPhaseNumber() {
        return argumentHint.startsWith("<phase number>") || argumentHint.startsWith("<after phase number>");
    }
}
