package org.grdplanner.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.grdplanner.agent.control.AgentReport;
import org.grdplanner.sessions.entity.PermissionDenial;
import org.junit.jupiter.api.Test;

class AgentReportTest {

    private final List<AgentReport.Start> starts = new ArrayList<>();
    private final AgentReport report = new AgentReport(starts::add);

    /** As a session feeds it: the output in two pieces as the PTY produced them, then the last 4 KiB of it. */
    private void feed(String recording) throws IOException {
        byte[] output = StreamJsonEventsTest.recorded(recording).getBytes(StandardCharsets.UTF_8);
        int half = output.length / 2;
        report.accept(output, half);
        report.accept(Arrays.copyOfRange(output, half, output.length), output.length - half);
        report.readEnd(Arrays.copyOfRange(output, output.length - 4096, output.length), false);
    }

    @Test
    void theStartNamesTheAgentsSessionAndItsSlashCommands() throws IOException {
        feed("plan-phase-written.jsonl");

        assertEquals(1, starts.size());
        assertTrue(starts.get(0).slashCommands().contains("grd:plan-phase"));
        assertEquals(starts.get(0).agentSessionId(), report.agentSessionId());
        assertFalse(report.result().isError());
        assertEquals(2, report.result().getNumTurns());
        assertEquals(List.of(), report.result().getPermissionDenials());
        assertNull(report.errorText());
    }

    @Test
    void deniedWritesAreKeptWithASuccessfulResult() throws IOException {
        feed("plan-phase-denied.jsonl");

        assertFalse(report.result().isError());
        assertEquals(List.of(new PermissionDenial("Write", ".planning/phases/02-x/02-01-PLAN.md")),
                report.result().getPermissionDenials());
        assertNull(report.errorText());
    }

    @Test
    void whatComesBetweenTheOpeningAndTheEndIsNotRead() {
        byte[] opening = "{\"type\":\"system\",\"subtype\":\"init\",\"session_id\":\"s1\",\"slash_commands\":[]}\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] later = "{\"type\":\"system\",\"subtype\":\"init\",\"session_id\":\"s2\",\"slash_commands\":[]}\r\n"
                .getBytes(StandardCharsets.UTF_8);

        report.accept(opening, opening.length);
        report.accept(later, later.length);

        assertEquals(1, starts.size());
        assertEquals("s1", report.agentSessionId());
        assertNull(report.result());
    }

    @Test
    void anErrorResultIsTheReasonTheRunFailed() throws IOException {
        feed("api-error.jsonl");

        assertTrue(report.result().isError());
        assertEquals("API Error: 400 scripted 400", report.errorText());
    }
}
