package org.grdplanner.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.roadmap.control.PlanningDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanningDocumentsTest {

    @TempDir
    Path checkout;

    @TempDir
    Path elsewhere;

    @BeforeEach
    void writePlanning() throws IOException {
        Path phase = Files.createDirectories(checkout.resolve(".planning/phases/02-cache-layer"));
        Files.writeString(checkout.resolve(".planning/ROADMAP.md"), "# Roadmap\n");
        Files.writeString(checkout.resolve(".planning/STATE.md"), "Phase: 2 of 3\n");
        Files.writeString(phase.resolve("02-CONTEXT.md"), "# Context\n");
        Files.writeString(phase.resolve("02-01-PLAN.md"), """
                ---
                phase: 02-cache-layer
                plan: 01
                wave: 1
                depends_on: []
                files_modified: [src/cache.ts]
                autonomous: true
                must_haves:
                  truths: ["Reads hit the cache"]
                ---
                <objective>
                Cache the index
                </objective>
                """);
        Files.writeString(phase.resolve("notes.txt"), "not a document");
    }

    @Test
    void listsTheMarkdownWithItsPhaseAndKind() {
        List<PlanningDocuments.Listed> documents = PlanningDocuments.list(checkout);

        assertEquals(List.of("ROADMAP.md", "STATE.md", "phases/02-cache-layer/02-01-PLAN.md",
                        "phases/02-cache-layer/02-CONTEXT.md"),
                documents.stream().map(PlanningDocuments.Listed::path).toList());
        PlanningDocuments.Listed plan = documents.get(2);
        assertEquals("2", plan.phase());
        assertEquals("plan", plan.kind());
        assertTrue(plan.size() > 0);
        assertEquals("roadmap", documents.get(0).kind());
        assertEquals(null, documents.get(0).phase());
    }

    @Test
    void readsAPlanAsItsFrontMatterAndItsMarkdown() {
        PlanningDocuments.Document plan = PlanningDocuments.read(checkout, "phases/02-cache-layer/02-01-PLAN.md");

        assertEquals("phases/02-cache-layer/02-01-PLAN.md", plan.path());
        assertEquals(1, plan.frontMatter().get("wave"));
        assertEquals(true, plan.frontMatter().get("autonomous"));
        assertEquals(List.of("src/cache.ts"), plan.frontMatter().get("files_modified"));
        assertEquals(Map.of("truths", List.of("Reads hit the cache")), plan.frontMatter().get("must_haves"));
        assertTrue(plan.markdown().startsWith("<objective>\nCache the index"), plan.markdown());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.md", "phases/../../secret.md", "/etc/hostname", "", "phases\\x.md"})
    void refusesPathsThatLeaveThePlanningFolder(String path) throws IOException {
        Files.writeString(checkout.resolve("secret.md"), "secret");
        Refusal refused = assertThrows(Refusal.class, () -> PlanningDocuments.read(checkout, path));
        assertEquals(Refusal.Reason.BAD_REQUEST, refused.reason());
        assertEquals("path", refused.details().get("field"));
    }

    @Test
    void refusesALinkThatLeadsOut() throws IOException {
        Files.writeString(elsewhere.resolve("outside.md"), "outside");
        Files.createSymbolicLink(checkout.resolve(".planning/linked.md"), elsewhere.resolve("outside.md"));
        Files.createSymbolicLink(checkout.resolve(".planning/phases/linked-dir"), elsewhere);

        Refusal refused = assertThrows(Refusal.class, () -> PlanningDocuments.read(checkout, "linked.md"));
        assertEquals(Refusal.Reason.BAD_REQUEST, refused.reason());
        assertThrows(Refusal.class, () -> PlanningDocuments.read(checkout, "phases/linked-dir/outside.md"));
        assertTrue(PlanningDocuments.list(checkout).stream().noneMatch(listed -> listed.path().contains("linked")));
    }

    @Test
    void refusesAFileOverOneMebibyteAndAMissingOne() throws IOException {
        Files.write(checkout.resolve(".planning/HUGE.md"), new byte[(int) PlanningDocuments.MAX_BYTES + 1]);

        Refusal huge = assertThrows(Refusal.class, () -> PlanningDocuments.read(checkout, "HUGE.md"));
        assertEquals(Refusal.Reason.BAD_REQUEST, huge.reason());
        assertTrue(huge.getMessage().contains("1048577 bytes"), huge.getMessage());
        Refusal missing = assertThrows(Refusal.class, () -> PlanningDocuments.read(checkout, "phases/NOPE.md"));
        assertEquals(Refusal.Reason.NOT_FOUND, missing.reason());
    }
}
