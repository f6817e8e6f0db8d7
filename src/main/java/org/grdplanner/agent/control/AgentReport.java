package org.grdplanner.agent.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.grdplanner.sessions.entity.AgentResult;
import org.grdplanner.sessions.entity.PermissionDenial;

/**
 * What an autonomous agent reports about its own run, from its stream-json: its session id and slash commands when it
 * starts, read as the PTY produces them, and the outcome it prints last, which its exit code does not carry (a run
 * whose writes were all denied still exits 0), read from the end of its output once it has ended. Between the two
 * nothing is read, so a session that prints much costs nothing here.
 */
public final class AgentReport {

    /** The agent's opening report: its own session id and the slash commands it can run. */
    public record Start(String agentSessionId, Set<String> slashCommands) {
    }

    /** How much output may come before the opening report; an agent that prints none in it never will. */
    private static final int OPENING_BYTES = 1024 * 1024;

    private final StreamJsonEvents opening = new StreamJsonEvents(true);
    private final Consumer<Start> onStart;
    private long scanned;
    private boolean started;
    private volatile String cwd;
    private volatile String agentSessionId;
    private volatile AgentResult result;
    private volatile String resultText;

    public AgentReport(Consumer<Start> onStart) {
        this.onStart = onStart;
    }

    /** Output as the PTY produced it, read until the agent's opening report. */
    public void accept(byte[] output, int length) {
        if (started || scanned > OPENING_BYTES) {
            return;
        }
        scanned += length;
        for (StreamJsonEvents.Event event : opening.accept(output, length)) {
            if (event.name().equals("init") && !started) {
                started(event.data());
            }
        }
    }

    /** The end of the output, where the agent's last report is; {@code atLineStart} when it begins a line. */
    public void readEnd(byte[] end, boolean atLineStart) {
        for (StreamJsonEvents.Event event : new StreamJsonEvents(atLineStart, cwd).accept(end)) {
            if (event.name().equals("result")) {
                ended(event.data());
            }
        }
    }

    private void started(JsonObject init) {
        started = true;
        cwd = init.getString("cwd", null);
        agentSessionId = init.getString("agent_session_id", null);
        Set<String> commands = init.getJsonArray("slash_commands").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toUnmodifiableSet());
        onStart.accept(new Start(agentSessionId, commands));
    }

    private void ended(JsonObject data) {
        JsonArray denials = data.getJsonArray("permission_denials");
        List<PermissionDenial> refused = denials.getValuesAs(JsonObject.class).stream()
                .map(denial -> new PermissionDenial(denial.getString("tool_name"), denial.getString("target")))
                .toList();
        result = new AgentResult(data.getBoolean("is_error"),
                data.get("num_turns") instanceof JsonNumber turns ? turns.intValue() : null,
                data.get("duration_ms") instanceof JsonNumber duration ? duration.longValue() : null,
                data.get("total_cost_usd") instanceof JsonNumber cost ? cost.doubleValue() : null,
                refused);
        resultText = data.getString("text", "");
        if (agentSessionId == null && !data.getString("agent_session_id", "").isEmpty()) {
            agentSessionId = data.getString("agent_session_id");
        }
    }

    public String agentSessionId() {
        return agentSessionId;
    }

    public AgentResult result() {
        return result;
    }

    /** Why the run failed, in the agent's words, when its result says it did. */
    public String errorText() {
        AgentResult outcome = result;
        if (outcome == null || !outcome.isError()) {
            return null;
        }
        return resultText == null || resultText.isBlank() ? "The agent reported an error." : resultText;
    }
}
