package org.grdplanner.planning.control;

import java.util.List;
import java.util.Optional;
import org.grdplanner.sessions.entity.ExecutionMode;

/**
 * One GRD slash command. {@code argumentHint} is GRD's own notation: {@code <required>}, {@code [optional]}.
 */
public record PlanningCommand(String name, String group, String argumentHint, ExecutionMode defaultMode,
                              List<String> aliases, String description) {

    /** The same command as the installed GRD describes it, where its command file says. */
    public PlanningCommand describedBy(Optional<String> hint, Optional<String> text) {
        return new PlanningCommand(name, group, hint.orElse(argumentHint), defaultMode, aliases,
                text.orElse(description));
    }

    public boolean requiresArguments() {
        return argumentHint.startsWith("<");
    }

    public boolean startsWithPhaseNumber() {
        return argumentHint.startsWith("<phase number>") || argumentHint.startsWith("<after phase number>");
    }
}
