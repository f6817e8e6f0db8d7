package org.grdplanner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.grdplanner.agent.control.PermissionMode;
import org.grdplanner.planning.boundary.InvocationArguments;
import org.grdplanner.planning.control.CommandCatalogue;
import org.grdplanner.planning.control.PlanningPrompt;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.sessions.entity.ExecutionMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanningPromptTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static String prompt(String command, String args) {
        return PlanningPrompt.of(CommandCatalogue.require(command),
                InvocationArguments.values(args == null ? null : json(args)));
    }

    private static String refusal(String command, String args) {
        return assertThrows(Refusal.class, () -> prompt(command, args)).getMessage();
    }

    @Test
    void anObjectGivesItsValuesInOrder() {
        assertEquals("/grd:plan-phase 1", prompt("plan-phase", "{\"phase\": 1}"));
        assertEquals("/grd:insert-phase 2 Caching layer", prompt("insert-phase", "{\"after\": 2, \"name\": \"Caching layer\"}"));
        assertEquals("/grd:insert-phase 2.1 Z", prompt("insert-phase", "{\"z\": \"2.1\", \"a\": \"Z\"}"));
    }

    @Test
    void anArrayGivesItsValuesInOrder() {
        assertEquals("/grd:plan-phase 3 --research-only", prompt("plan-phase", "[3, \"--research-only\"]"));
        assertEquals("/grd:compare-methods true 1.5 all", prompt("compare-methods", "[true, 1.5, \"all\"]"));
    }

    @Test
    void commandsWithoutArgumentsNeedNone() {
        assertEquals("/grd:map-codebase", prompt("map-codebase", null));
        assertEquals("/grd:map-codebase", prompt("map-codebase", "[]"));
        assertEquals("/grd:init --auto", prompt("new-project", "[\"--auto\"]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "plan-phase # [] # plan-phase needs <phase number> [--research-only | --eval-only].",
        "discuss-phase # [\"next\"] # discuss-phase needs a phase number such as 2 or 2.1 first, not 'next'.",
        "survey # [null] # args values must be strings, numbers or booleans.",
        "survey # [[1]] # args values must be strings, numbers or booleans.",
        "survey # \"text\" # args must be a JSON object or array.",
        "survey # [\"  \"] # args values must not be empty.",
        "survey # [\"a\\u001b[31mb\"] # args values must not contain control characters.",
        "survey # [\"line\\nbreak\"] # args values must not contain control characters."})
    void badArgumentsAreRefused(String command, String args, String message) {
        assertEquals(message, refusal(command, args));
    }

    @Test
    void thePromptIsAtMost4096Characters() {
        String fits = "x".repeat(4096 - "/grd:survey ".length());
        assertEquals(4096, prompt("survey", "[\"" + fits + "\"]").length());
        assertEquals("The prompt would be 4097 characters; it may be at most 4096.",
                refusal("survey", "[\"" + fits + "x\"]"));
    }

    @Test
    void unknownAndExecutionCommandsAreRefusedWithTheValidOnes() {
        String unknown = assertThrows(Refusal.class, () -> CommandCatalogue.require("plan-everything")).getMessage();
        String execution = assertThrows(Refusal.class, () -> CommandCatalogue.require("execute-phase")).getMessage();

        assertEquals(true, unknown.startsWith("Unknown planning command 'plan-everything'; planning commands are: map-codebase, init, new-project,"));
        assertEquals(true, execution.startsWith("'execute-phase' is an execution command, not a planning command;"));
    }

    @Test
    void argvFollowsTheMode() {
        assertEquals(List.of("/usr/bin/claude", "-p", "--output-format", "stream-json", "--verbose",
                        "--permission-mode", "acceptEdits", "/grd:map-codebase"),
                PlanningPrompt.argv("/usr/bin/claude", ExecutionMode.AUTONOMOUS, PermissionMode.ACCEPT_EDITS,
                        "/grd:map-codebase"));
        assertEquals(List.of("/usr/bin/claude", "/grd:discuss-phase 3"),
                PlanningPrompt.argv("/usr/bin/claude", ExecutionMode.INTERACTIVE, PermissionMode.ACCEPT_EDITS,
                        "/grd:discuss-phase 3"));
    }

    @ParameterizedTest
    @CsvSource({"bypassPermissions, BYPASS_PERMISSIONS", "acceptEdits, ACCEPT_EDITS", "auto, AUTO",
            "default, DEFAULT", "plan, PLAN"})
    void permissionModesAreClaudeCodesFlags(String flag, PermissionMode mode) {
        assertEquals(mode, PermissionMode.fromFlag(flag).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"yolo", "BypassPermissions", "dontAsk", "''"})
    void otherPermissionModesAreRefusedNamingTheValidOnes(String flag) {
        assertTrue(PermissionMode.fromFlag(flag).isEmpty());
        assertEquals("GRD_AGENT_PERMISSION_MODE is '" + flag + "', which Claude Code does not know; set it to one of "
                + "bypassPermissions, acceptEdits, auto, default, plan.",
                assertThrows(Refusal.class, () -> PermissionMode.require(flag)).getMessage());
    }
}
