package org.grdplanner.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.grdplanner.roadmap.control.RoadmapReader;
import org.grdplanner.roadmap.entity.Milestone;
import org.grdplanner.roadmap.entity.Phase;
import org.grdplanner.roadmap.entity.Plan;
import org.grdplanner.roadmap.entity.Progress;
import org.grdplanner.roadmap.entity.Roadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoadmapReaderTest {

    private static final Path REALISTIC = Path.of("src/test/resources/roadmaps/realistic");

    @TempDir
    Path checkout;

    private Path write(String relative, String text) throws IOException {
        Path file = checkout.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<String> column(Milestone milestone, Function<Phase, String> field) {
        return milestone.phases().stream().map(field).toList();
    }

    @Test
    void readsARealisticGrdProject() {
        Roadmap roadmap = RoadmapReader.read(REALISTIC);

        assertEquals("Lighthouse", roadmap.projectName());
        assertEquals("v0.2.0 Streaming", roadmap.currentMilestone());
        assertEquals(List.of(), roadmap.warnings());
        assertEquals(2, roadmap.milestones().size());

        Milestone shipped = roadmap.milestones().get(0);
        assertEquals("v0.1.0", shipped.version());
        assertEquals("Prototype", shipped.name());
        assertTrue(shipped.shipped());
        assertEquals(List.of("1", "2"), column(shipped, Phase::number));
        assertEquals(List.of("Foundation", "Core API"), column(shipped, Phase::name));
        assertEquals(List.of("complete", "complete"), column(shipped, Phase::status));
        assertEquals("A service that starts, stores log sources and answers health checks", shipped.phases().get(0).goal());
        assertEquals("Phase 1", shipped.phases().get(1).dependsOn());
        assertEquals(List.of(new Plan(".planning/milestones/v0.1.0/phases/01-foundation/01-01-PLAN.md", "01",
                        "Project skeleton", true),
                new Plan(".planning/milestones/v0.1.0/phases/01-foundation/01-02-PLAN.md", "02", "Source storage", true)),
                shipped.phases().get(0).plans());

        Milestone current = roadmap.milestones().get(1);
        assertEquals("v0.2.0", current.version());
        assertEquals("Streaming", current.name());
        assertFalse(current.shipped());
        assertEquals(List.of("3", "3.1", "4", "5", "6"), column(current, Phase::number));
        assertEquals(List.of("Live output", "Hotfix UTF-8", "Replay", "Web UI", "Packaging"), column(current, Phase::name));
        assertEquals(List.of("partial", "researched", "planned", "discussed", "not_started"),
                column(current, Phase::status));
        assertEquals(List.of(false, true, false, false, false), current.phases().stream().map(Phase::inserted).toList());
        assertEquals(List.of(true, false, false, false, false), current.phases().stream().map(Phase::checked).toList());
        assertEquals("New lines reach the browser within a second", current.phases().get(0).goal());
        assertEquals("05-web ui", current.phases().get(3).folder());
        assertNull(current.phases().get(4).folder());
        assertEquals(List.of("Tail the source", "Push over SSE"),
                current.phases().get(0).plans().stream().map(Plan::title).toList());
        assertEquals(new Progress(2, 7, 4, 6), roadmap.progress());
    }

    @Test
    void readsTheOlderFlatLayoutWithEveryHeadingDepthAndGoalSpelling() throws IOException {
        write(".planning/ROADMAP.md", """
                # Roadmap: Flat

                ## Phase 1: Setup
                **Goal:** Start
                ### Phase 2: Build it
                **Goal**: Build
                #### Phase 2.1: Patch (INSERTED)
                - **Goal**: Patch it
                ## Phase 3: Empty folder
                """);
        write(".planning/phases/01-setup/01-01-PLAN.md", "# One\n");
        write(".planning/phases/01-setup/01-01-SUMMARY.md", "done\n");
        write(".planning/phases/02-build it/02-CONTEXT.md", "context\n");
        write(".planning/phases/02.1-patch/02.1-01-PLAN.md", "# Patch plan\n");
        Files.createDirectories(checkout.resolve(".planning/phases/03-empty-folder"));

        Roadmap roadmap = RoadmapReader.read(checkout);

        Milestone only = roadmap.milestones().get(0);
        assertEquals(List.of("1", "2", "2.1", "3"), column(only, Phase::number));
        assertEquals(List.of("Setup", "Build it", "Patch", "Empty folder"), column(only, Phase::name));
        assertEquals(List.of("Start", "Build", "Patch it"), column(only, Phase::goal).subList(0, 3));
        assertEquals(List.of("complete", "discussed", "planned", "empty"), column(only, Phase::status));
        assertEquals("Flat", roadmap.projectName());
        assertEquals(List.of(), roadmap.warnings());
    }

    @Test
    void withoutARoadmapPhasesComeFromTheirFolders() throws IOException {
        write(".planning/milestones/v1.0 Launch/phases/01-start/01-01-PLAN.md", "# Begin\n");

        Roadmap roadmap = RoadmapReader.read(checkout);

        assertEquals(List.of(".planning/ROADMAP.md is missing; phases come from their folders alone."), roadmap.warnings());
        assertEquals("v1.0 Launch", roadmap.milestones().get(0).name());
        assertEquals("v1.0 Launch", roadmap.currentMilestone());
        assertEquals(List.of("planned"), column(roadmap.milestones().get(0), Phase::status));
    }

    @Test
    void aCheckoutWithoutPlanningHasAnEmptyRoadmap() {
        Roadmap roadmap = RoadmapReader.read(checkout);

        assertEquals(List.of(), roadmap.milestones());
        assertEquals(List.of(), roadmap.warnings());
        assertEquals(new Progress(0, 0, 0, 0), roadmap.progress());
    }

    @Test
    void aCheckoutThatIsGoneSaysSo() {
        Path gone = checkout.resolve("moved-away");

        Roadmap roadmap = RoadmapReader.read(gone);

        assertEquals(List.of(), roadmap.milestones());
        assertEquals(List.of("The checkout " + gone + " is not a directory any more; point the project's local_path"
                + " at where it is now."), roadmap.warnings());
    }

    @Test
    void binaryAndHugeFilesAreSkippedWithWarnings() throws IOException {
        Files.createDirectories(checkout.resolve(".planning"));
        Files.write(checkout.resolve(".planning/ROADMAP.md"), new byte[] {'#', ' ', 0, 1, 2});
        write(".planning/phases/01-big/01-01-PLAN.md", "# " + "x".repeat(1024 * 1024 + 1));

        Roadmap roadmap = RoadmapReader.read(checkout);

        assertEquals(List.of(".planning/ROADMAP.md is not a text file; it was not read.",
                ".planning/phases/01-big/01-01-PLAN.md is 1048579 bytes, more than 1048576; it was not read."),
                roadmap.warnings());
        assertNull(roadmap.milestones().get(0).phases().get(0).plans().get(0).title());
    }

    @Test
    void linksThatLeaveTheCheckoutAreNotFollowed(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("secret.md"), "# Phase 1: Stolen\n");
        Files.createDirectories(elsewhere.resolve("01-outside"));
        Files.createDirectories(checkout.resolve(".planning/phases"));
        Files.createSymbolicLink(checkout.resolve(".planning/ROADMAP.md"), elsewhere.resolve("secret.md"));
        Files.createSymbolicLink(checkout.resolve(".planning/phases/01-outside"), elsewhere.resolve("01-outside"));

        Roadmap roadmap = RoadmapReader.read(checkout);

        assertTrue(roadmap.warnings().contains(".planning/ROADMAP.md links outside the checkout; it was not followed."));
        assertTrue(roadmap.warnings().contains(".planning/phases/01-outside links outside the checkout; it was not followed."));
        assertTrue(roadmap.milestones().stream().allMatch(m -> m.phases().isEmpty()));
    }

    @Test
    void readsMilestonesGoalsAndPlansAsGrdDoes() throws IOException {
        write(".planning/ROADMAP.md", """
                # Roadmap

                ## v0.3 Index

                ### Phase 1: Cache
                **Goal** Answer lookups from memory

                ### Phase 2: Storage
                **Goal:** Keep the index between runs

                ## v2 ideas

                - a plugin system
                """);
        write(".planning/phases/01-cache/PLAN.md", "# Cache the index\n");
        write(".planning/phases/01-cache/SUMMARY.md", "done\n");
        write(".planning/phases/02-storage/02-research-PLAN.md", """
                ---
                phase: 02-storage
                plan: research
                wave: 1
                depends_on: []
                ---

                <objective>
                Choose between SQLite and PostgreSQL for the index.

                Purpose: keep it between runs.
                </objective>

                ## Tasks
                """);
        write(".planning/phases/02-storage/02-02-PLAN.md", """
                ---
                title: "Storage: the schema"
                ---
                # Ignored heading
                """);

        Roadmap roadmap = RoadmapReader.read(checkout);

        assertEquals(List.of("v0.3"), roadmap.milestones().stream().map(Milestone::version).toList());
        Milestone milestone = roadmap.milestones().get(0);
        assertEquals(List.of("Answer lookups from memory", "Keep the index between runs"),
                column(milestone, Phase::goal));
        assertEquals(List.of("complete", "planned"), column(milestone, Phase::status));
        assertEquals(List.of(new Plan(".planning/phases/01-cache/PLAN.md", null, "Cache the index", true)),
                milestone.phases().get(0).plans());
        assertEquals(List.of(
                        new Plan(".planning/phases/02-storage/02-02-PLAN.md", "02", "Storage: the schema", false),
                        new Plan(".planning/phases/02-storage/02-research-PLAN.md", "research",
                                "Choose between SQLite and PostgreSQL for the index.", false)),
                milestone.phases().get(1).plans());
    }
}
