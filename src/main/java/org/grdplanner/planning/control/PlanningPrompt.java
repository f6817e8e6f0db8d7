package org.grdplanner.planning.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.grdplanner.agent.control.PermissionMode;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.sessions.entity.ExecutionMode;

/** The slash-command prompt and the agent command line for one planning invocation. */
public final class PlanningPrompt {

    public static final int MAX_LENGTH = 4096;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}]");
    private static final Pattern PHASE_NUMBER = Pattern.compile("\\d+(\\.\\d+)*");

    private PlanningPrompt() {
    }

    /** {@code values}: the command's arguments in order, each a word or words as the person gave them. */
    public static String of(PlanningCommand command, List<String> given) {
        List<String> values = given.stream().map(PlanningPrompt::text).toList();
        if (command.requiresArguments() && values.isEmpty()) {
            throw Refusal.invalidField("args", command.name() + " needs " + command.argumentHint() + ".");
        }
        if (command.startsWithPhaseNumber() && !PHASE_NUMBER.matcher(values.get(0)).matches()) {
            throw Refusal.invalidField("args", command.name() + " needs a phase number such as 2 or 2.1 first, not '"
                    + values.get(0) + "'.");
        }
        StringBuilder prompt = new StringBuilder("/grd:").append(command.name());
        values.forEach(value -> prompt.append(' ').append(value));
        if (prompt.length() > MAX_LENGTH) {
            throw Refusal.invalidField("args", "The prompt would be " + prompt.length()
                    + " characters; it may be at most " + MAX_LENGTH + ".");
        }
        return prompt.toString();
    }

    /** Interactive sessions pass no permission mode: the person answers the agent's own prompts in the terminal. */
    public static List<String> argv(String agent, ExecutionMode mode, PermissionMode permissions, String prompt) {
        return mode == ExecutionMode.AUTONOMOUS ? autonomous(agent, permissions, List.of(), prompt)
                : List.of(agent, prompt);
    }

    /** An autonomous run that continues the agent's conversation {@code agentSessionId} with {@code reply}. */
    public static List<String> resuming(String agent, PermissionMode permissions, String agentSessionId,
                                        String reply) {
        return autonomous(agent, permissions, List.of("--resume", agentSessionId), reply);
    }

    private static List<String> autonomous(String agent, PermissionMode permissions, List<String> options,
                                           String prompt) {
        List<String> argv = new ArrayList<>(List.of(agent, "-p", "--output-format", "stream-json", "--verbose",
                "--permission-mode", permissions.flag()));
        argv.addAll(options);
        argv.add(prompt);
        return List.copyOf(argv);
    }

    private static String text(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw Refusal.invalidField("args", "args values must not be empty.");
        }
        if (CONTROL.matcher(text).find()) {
            throw Refusal.invalidField("args", "args values must not contain control characters.");
        }
        return text;
    }
}
