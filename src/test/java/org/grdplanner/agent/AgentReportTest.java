package org.grdplanner.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.grdplanner.agent.control.AgentReport;
import org.grdplanner.sessions.entity.PermissionDenial;
import org.junit.jupiter.api.Test;

class AgentReportTest {

    private final List<AgentReport.Start> starts = new ArrayList<>();
    private final AgentReport report = new AgentReport(starts::add);

    private void feed(String recording) throws IOException {
        byte[] output = StreamJsonEventsTest.recorded(recording).getBytes(StandardCharsets.UTF_8);
        int half = output.length / 2;
        byte[] second = new byte[output.length - half];
        System.arraycopy(output, half, second, 0, second.length);
        report.accept(output, half);
        report.accept(second, second.length);
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
    void anErrorResultIsTheReasonTheRunFailed() throws IOException {
        feed("api-error.jsonl");

        assertTrue(report.result().isError());
        assertEquals("API Error: 400 scripted 400", report.errorText());
    }
}
