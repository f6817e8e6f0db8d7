package org.grdplanner.planning.control;

import static org.grdplanner.planning.control.ExecutionMode.AUTONOMOUS;
import static org.grdplanner.planning.control.ExecutionMode.INTERACTIVE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grdplanner.platform.control.ApiException;

public final class CommandCatalogue {

    private static final String SETUP = "Project setup";
    private static final String PHASES = "Phases";
    private static final String RESEARCH = "Research";
    private static final String REQUIREMENTS = "Requirements";

    public static final List<PlanningCommand> COMMANDS = List.of(
            new PlanningCommand("map-codebase", SETUP, "", AUTONOMOUS, List.of()),
            new PlanningCommand("init", SETUP, "[--auto @FILE]", INTERACTIVE, List.of("new-project")),
            new PlanningCommand("new-milestone", SETUP, "", INTERACTIVE, List.of()),
            new PlanningCommand("complete-milestone", SETUP, "[--name NAME]", AUTONOMOUS, List.of()),
            new PlanningCommand("long-term-roadmap", SETUP,
                    "[list|add|remove|update|refine|link|unlink|display|init]", INTERACTIVE, List.of()),
            new PlanningCommand("plan-milestone-gaps", SETUP, "", AUTONOMOUS, List.of()),
            new PlanningCommand("add-phase", PHASES, "<phase name and goal>", AUTONOMOUS, List.of()),
            new PlanningCommand("insert-phase", PHASES, "<after phase number> <phase name and goal>", AUTONOMOUS,
                    List.of()),
            new PlanningCommand("remove-phase", PHASES, "<phase number>", AUTONOMOUS, List.of()),
            new PlanningCommand("discuss-phase", PHASES, "<phase number>", INTERACTIVE, List.of()),
            new PlanningCommand("plan-phase", PHASES, "<phase number> [--research-only|--eval-only]", AUTONOMOUS,
                    List.of()),
            new PlanningCommand("list-phase-assumptions", PHASES, "<phase number>", AUTONOMOUS, List.of()),
            new PlanningCommand("survey", RESEARCH, "<topic or question>", AUTONOMOUS, List.of()),
            new PlanningCommand("deep-dive", RESEARCH, "<paper title, URL or arXiv id>", AUTONOMOUS, List.of()),
            new PlanningCommand("feasibility", RESEARCH, "<method, paper or URL>", AUTONOMOUS, List.of()),
            new PlanningCommand("compare-methods", RESEARCH, "[method, ...] or all", AUTONOMOUS, List.of()),
            new PlanningCommand("assess-baseline", RESEARCH, "[full|quick|component]", AUTONOMOUS, List.of()),
            new PlanningCommand("requirement", REQUIREMENTS,
                    "get ID | list [--phase N] | traceability | update-status ID STATUS", AUTONOMOUS, List.of()));

    /** GRD commands that change code rather than the plan; this tool never runs them. */
    static final Set<String> EXECUTION_COMMANDS = Set.of("execute-phase", "autopilot", "quick", "execute-plan",
            "verify-work", "progress", "resume-work", "pause-work");

    private CommandCatalogue() {
    }

    public static PlanningCommand require(String name) {
        return find(name).orElseThrow(() -> ApiException.invalidField("command", unknown(name)));
    }

    static Optional<PlanningCommand> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return COMMANDS.stream()
                .filter(command -> command.name().equals(name) || command.aliases().contains(name))
                .findFirst();
    }

    private static String unknown(String name) {
        String valid = COMMANDS.stream()
                .flatMap(command -> Stream.concat(Stream.of(command.name()), command.aliases().stream()))
                .collect(Collectors.joining(", "));
        if (name == null || name.isBlank()) {
            return "command is required; planning commands are: " + valid + ".";
        }
        String reason = EXECUTION_COMMANDS.contains(name)
                ? "'" + name + "' is an execution command, not a planning command"
                : "Unknown planning command '" + name + "'";
        return reason + "; planning commands are: " + valid + ".";
    }
}
