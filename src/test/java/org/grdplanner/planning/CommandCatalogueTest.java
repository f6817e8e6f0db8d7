package org.grdplanner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.grdplanner.planning.control.CommandCatalogue;
import org.grdplanner.planning.control.InstalledCatalogue;
import org.grdplanner.planning.control.PlanningCommand;
import org.grdplanner.platform.control.FrontMatter;
import org.grdplanner.platform.control.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandCatalogueTest {

    private static String refusal(String command) {
        return assertThrows(Refusal.class, () -> CommandCatalogue.require(command)).getMessage();
    }

    @ParameterizedTest
    @CsvSource({"execute-phase", "autopilot", "autoplan", "evolve", "iterate", "quick", "verify-phase", "verify-work",
            "eval-report", "debug", "resume-project", "pause-work"})
    void grdsExecutionCommandsAreRefusedAsSuch(String command) {
        assertTrue(refusal(command).startsWith("'" + command + "' is an execution command, not a planning command;"));
    }

    @ParameterizedTest
    @CsvSource({"execute-plan", "resume-work"})
    void namesGrdDoesNotHaveAreUnknown(String command) {
        assertTrue(refusal(command).startsWith("Unknown planning command '" + command + "'"));
    }

    @Test
    void grdsUpkeepCommandsDoNotPlan() {
        assertTrue(refusal("progress").startsWith("'progress' is a GRD command that does not plan;"));
    }

    @Test
    void theCatalogueHasGrdsPlanningCommands() {
        List<String> names = CommandCatalogue.COMMANDS.stream().map(PlanningCommand::name).toList();
        assertTrue(names.containsAll(List.of("product-plan", "discover", "principles")), names.toString());
        assertEquals("[--auto @document.md | --yolo]", CommandCatalogue.require("init").argumentHint());
        assertEquals("init", CommandCatalogue.require("new-project").name());
    }

    @Test
    void theInstalledGrdsCommandFilesDescribeTheCommands(@TempDir Path commands) throws IOException {
        Files.writeString(commands.resolve("plan-phase.md"), """
                ---
                description: Plan a phase, the installed way
                argument-hint: "<phase> [--fast]"
                ---
                Plan phase $ARGUMENTS.
                """);
        Files.writeString(commands.resolve("survey.md"), "No front matter here.\n");

        List<PlanningCommand> described = InstalledCatalogue.describedBy(commands);

        PlanningCommand plan = described.stream().filter(c -> c.name().equals("plan-phase")).findFirst().orElseThrow();
        assertEquals("Plan a phase, the installed way", plan.description());
        assertEquals("<phase> [--fast]", plan.argumentHint());
        assertEquals(CommandCatalogue.require("survey"),
                described.stream().filter(c -> c.name().equals("survey")).findFirst().orElseThrow());
        assertEquals(CommandCatalogue.COMMANDS.size(), described.size());
    }

    @Test
    void frontMatterIsYaml() {
        FrontMatter plan = FrontMatter.of("---\r\nwave: 2\r\ndepends_on: [\"01-01\"]\r\ntitle: 'Cache: the index'\r\n---\r\n# Body\n");

        assertEquals(Map.of("wave", 2, "depends_on", List.of("01-01"), "title", "Cache: the index"), plan.fields());
        assertEquals("# Body\n", plan.body());
        assertEquals("2", plan.text("wave").orElseThrow());
        assertTrue(plan.text("depends_on").isEmpty());
        assertEquals(Map.of(), FrontMatter.of("---\nnot: [closed\n---\nbody").fields());
        assertEquals("plain\n", FrontMatter.of("plain\n").body());
    }
}
