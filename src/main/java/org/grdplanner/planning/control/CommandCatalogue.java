package org.grdplanner.planning.control;

import static org.grdplanner.sessions.entity.ExecutionMode.AUTONOMOUS;
import static org.grdplanner.sessions.entity.ExecutionMode.INTERACTIVE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.sessions.entity.ExecutionMode;

public final class CommandCatalogue {

    private static final String SETUP = "Project setup";
    private static final String PHASES = "Phases";
    private static final String RESEARCH = "Research";
    private static final String REQUIREMENTS = "Requirements";
    private static final String STANDARDS = "Standards";

    public static final List<PlanningCommand> COMMANDS = List.of(
            command("map-codebase", SETUP, "", AUTONOMOUS,
                    "Describe the codebase's stack, structure and conventions in .planning/codebase/."),
            new PlanningCommand("init", SETUP, "[--auto @document.md | --yolo]", INTERACTIVE, List.of("new-project"),
                    "Set the project up from an idea to a roadmap: PROJECT, REQUIREMENTS and ROADMAP."),
            command("new-milestone", SETUP, "", INTERACTIVE, "Start the next milestone of the roadmap."),
            command("complete-milestone", SETUP, "[--name NAME]", AUTONOMOUS,
                    "Archive a shipped milestone and move the roadmap on."),
            command("long-term-roadmap", SETUP, "[list|add|remove|update|refine|link|unlink|display|init]",
                    INTERACTIVE, "Keep the long-term roadmap beyond the current milestone."),
            command("plan-milestone-gaps", SETUP, "", AUTONOMOUS,
                    "Add phases for what the milestone's audit found missing."),
            command("product-plan", SETUP, "[product goal description or path to goals document]", AUTONOMOUS,
                    "Plan at product level: goals, the gap to them, and the work across research phases."),
            command("add-phase", PHASES, "<phase name and goal>", AUTONOMOUS,
                    "Add a phase at the end of the current milestone."),
            command("insert-phase", PHASES, "<after phase number> <phase name and goal>", AUTONOMOUS,
                    "Insert an urgent phase after another, numbered as a decimal (2.1)."),
            command("remove-phase", PHASES, "<phase number>", AUTONOMOUS,
                    "Remove a future phase and renumber the ones after it."),
            command("discuss-phase", PHASES, "<phase number>", INTERACTIVE,
                    "Settle a phase's open questions with you before it is planned (CONTEXT.md)."),
            command("plan-phase", PHASES, "<phase number> [--research-only | --eval-only]", AUTONOMOUS,
                    "Research, plan, check and plan the evaluation of a phase (PLAN.md files)."),
            command("list-phase-assumptions", PHASES, "<phase number>", AUTONOMOUS,
                    "Say what the agent would assume about a phase before it is planned."),
            command("survey", RESEARCH, "<topic or question>", AUTONOMOUS, "Survey the literature on a topic."),
            command("deep-dive", RESEARCH, "<paper title, URL or arXiv id>", AUTONOMOUS,
                    "Study one paper in depth."),
            command("feasibility", RESEARCH, "<method, paper or URL>", AUTONOMOUS,
                    "Judge whether a method can be carried into this project."),
            command("compare-methods", RESEARCH, "[method, ...] or all", AUTONOMOUS,
                    "Compare candidate methods side by side."),
            command("assess-baseline", RESEARCH, "[full|quick|component]", AUTONOMOUS,
                    "Measure where the project stands now, as the baseline to improve on."),
            command("requirement", REQUIREMENTS,
                    "get ID | list [--phase N] | traceability | update-status ID STATUS", AUTONOMOUS,
                    "Read and update the requirements and their traceability to phases."),
            command("discover", STANDARDS, "[API | Database | Frontend | Testing | Configuration | custom path]",
                    INTERACTIVE, "Find the codebase's recurring patterns and confirm which become standards."),
            command("principles", STANDARDS, "", INTERACTIVE,
                    "Write or edit PRINCIPLES.md, the rules every GRD agent follows."));

    /** GRD's commands that change code rather than the plan; this tool never runs them. */
    static final Set<String> EXECUTION_COMMANDS = Set.of("execute-phase", "autopilot", "autoplan", "evolve",
            "iterate", "quick", "verify-phase", "verify-work", "eval-report", "debug", "resume-project", "pause-work");

    /** GRD's commands for its own upkeep, its todos and its trackers: not planning either. */
    static final Set<String> OTHER_GRD_COMMANDS = Set.of("progress", "add-todo", "check-todos", "help", "migrate",
            "reapply-patches", "settings", "sync", "tracker-setup", "update");

    private CommandCatalogue() {
    }

    private static PlanningCommand command(String name, String group, String hint, ExecutionMode mode,
                                           String description) {
        return new PlanningCommand(name, group, hint, mode, List.of(), description);
    }

    public static PlanningCommand require(String name) {
        return find(name).orElseThrow(() -> Refusal.invalidField("command", unknown(name)));
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
        String reason;
        if (EXECUTION_COMMANDS.contains(name)) {
            reason = "'" + name + "' is an execution command, not a planning command";
        } else if (OTHER_GRD_COMMANDS.contains(name)) {
            reason = "'" + name + "' is a GRD command that does not plan";
        } else {
            reason = "Unknown planning command '" + name + "'";
        }
        return reason + "; planning commands are: " + valid + ".";
    }
}
