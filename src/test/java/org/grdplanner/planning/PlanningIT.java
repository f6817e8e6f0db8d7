package org.grdplanner.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.grdplanner.testing.Deployments;
import org.grdplanner.testing.Eventually;
import org.grdplanner.testing.FakeAgent;
import org.grdplanner.testing.ItDatabase;
import org.grdplanner.testing.Loopback;
import org.grdplanner.testing.ServerApi;
import org.grdplanner.testing.SseClient;
import org.grdplanner.testing.SseEvent;
import org.grdplanner.testing.Storm;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(ArquillianExtension.class)
class PlanningIT {


    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWarWithTestEndpoints();
    }

    @ArquillianResource
    URL deployed;

    @TempDir
    static Path workspace;

    @BeforeAll
    static void installFakeAgent() throws IOException {
        FakeAgent.install();
    }

    RequestSpecification api() {
        return new ServerApi(deployed).request();
    }

    Path checkout(String name) throws IOException {
        return Files.createDirectories(workspace.resolve(name));
    }

    String project(Path checkout) {
        return new ServerApi(deployed).createProject(checkout);
    }

    Response invoke(String projectId, String body) {
        return api().contentType(ContentType.JSON).body(body).post("projects/" + projectId + "/planning/invoke");
    }

    SseClient.Listening projectEvents(String projectId) throws Exception {
        return SseClient.listen(Loopback.application(deployed).resolve("api/projects/" + projectId + "/events"));
    }

    String status(String projectId, String field) {
        return api().get("projects/" + projectId + "/planning/status").then().statusCode(200).extract().path(field);
    }

    void awaitSessionEnd(String projectId, String sessionId) throws InterruptedException {
        new ServerApi(deployed).endedSession(projectId, sessionId);
    }

    @Test
    void autonomousAndInteractiveInvocationsRunTheAgentAsSpecified() throws Exception {
        Path checkout = checkout("argv");
        String projectId = project(checkout);
        String agent = FakeAgent.INSTALLED.toString();

        String autonomous = invoke(projectId, "{\"command\": \"plan-phase\", \"args\": {\"phase\": 1}}")
                .then().statusCode(201)
                .body("status", equalTo("running"))
                .body("session_id", matchesPattern("psess-[0-9a-f]{8}"))
                .extract().path("session_id");
        awaitSessionEnd(projectId, autonomous);
        String interactive = invoke(projectId, "{\"command\": \"discuss-phase\", \"args\": [3]}")
                .then().statusCode(201).extract().path("session_id");
        awaitSessionEnd(projectId, interactive);
        String overridden = invoke(projectId, "{\"command\": \"insert-phase\", \"args\": [\"2\", \"Cache it\"], "
                + "\"mode\": \"interactive\"}").then().statusCode(201).extract().path("session_id");
        awaitSessionEnd(projectId, overridden);

        assertEquals(List.of(
                new FakeAgent.Run(checkout.toString(),
                        List.of(agent, "-p", "--output-format", "stream-json", "--verbose", "--permission-mode",
                                "bypassPermissions", "/grd:plan-phase 1")),
                new FakeAgent.Run(checkout.toString(), List.of(agent, "/grd:discuss-phase 3")),
                new FakeAgent.Run(checkout.toString(), List.of(agent, "/grd:insert-phase 2 Cache it"))),
                FakeAgent.runs(checkout));
        api().get("projects/" + projectId + "/sessions/" + autonomous).then()
                .body("command", equalTo("plan-phase"))
                .body("prompt", equalTo("/grd:plan-phase 1"))
                .body("execution_mode", equalTo("autonomous"))
                .body("execution_type", equalTo("direct"))
                .body("status", equalTo("completed"));
        api().get("projects/" + projectId + "/sessions/" + interactive).then()
                .body("execution_mode", equalTo("interactive"));
    }

    @Test
    void oneSessionPerProjectUnderAHundredConcurrentInvokes() throws Exception {
        Path checkout = checkout("contended");
        String projectId = project(checkout);
        FakeAgent.hold(checkout);

        List<Response> responses = Storm.of(100, i -> invoke(projectId, "{\"command\": \"map-codebase\"}"));

        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertEquals(1, created.size());
        String winner = created.get(0).path("session_id");
        List<Response> refused = responses.stream().filter(r -> r.statusCode() == 409).toList();
        assertEquals(99, refused.size());
        refused.forEach(r -> {
            assertEquals("Planning session already active", r.path("error"));
            assertEquals(winner, r.path("session_id"));
        });
        assertEquals(winner, status(projectId, "active_session_id"));
        Eventually.until(() -> FakeAgent.runs(checkout).size() == 1, "the agent started");

        FakeAgent.release(checkout);
        awaitSessionEnd(projectId, winner);
        Eventually.until(() -> status(projectId, "active_session_id") == null, "the project is free again");
        assertEquals(1, FakeAgent.runs(checkout).size());
        String next = invoke(projectId, "{\"command\": \"survey\", \"args\": [\"vector databases\"]}")
                .then().statusCode(201).extract().path("session_id");
        awaitSessionEnd(projectId, next);
    }

    @Test
    void twentyProjectsPlanAtOnce() throws Exception {
        List<Path> checkouts = new ArrayList<>();
        List<String> projectIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Path checkout = checkout("parallel-" + i);
            FakeAgent.hold(checkout);
            checkouts.add(checkout);
            projectIds.add(project(checkout));
        }
        List<String> sessions = Storm.of(20, i -> invoke(projectIds.get(i), "{\"command\": \"map-codebase\"}")
                .then().statusCode(201).extract().<String>path("session_id"));
        assertEquals(20, sessions.stream().distinct().count());
        for (Path checkout : checkouts) {
            Eventually.until(() -> FakeAgent.runs(checkout).size() == 1, "the agent started in " + checkout);
            FakeAgent.release(checkout);
        }
        for (int i = 0; i < 20; i++) {
            awaitSessionEnd(projectIds.get(i), sessions.get(i));
        }
    }

    static Stream<Arguments> badInvocations() {
        return Stream.of(
                Arguments.of("unknown command", "{\"command\": \"plan-everything\"}", 400,
                        "Unknown planning command 'plan-everything'"),
                Arguments.of("execution command", "{\"command\": \"execute-phase\", \"args\": [1]}", 400,
                        "'execute-phase' is an execution command, not a planning command"),
                Arguments.of("missing command", "{\"args\": [1]}", 400, "command is required"),
                Arguments.of("control characters", "{\"command\": \"survey\", \"args\": [\"a\\u0007b\"]}", 400,
                        "args values must not contain control characters."),
                Arguments.of("overlong prompt", "{\"command\": \"survey\", \"args\": [\"" + "x".repeat(5000) + "\"]}",
                        400, "The prompt would be 5012 characters; it may be at most 4096."),
                Arguments.of("phase that is no number", "{\"command\": \"plan-phase\", \"args\": {\"phase\": \"two\"}}",
                        400, "plan-phase needs a phase number such as 2 or 2.1 first"),
                Arguments.of("unknown mode", "{\"command\": \"survey\", \"args\": [\"x\"], \"mode\": \"yolo\"}", 400,
                        "mode must be autonomous or interactive."),
                Arguments.of("unknown field", "{\"command\": \"survey\", \"args\": [\"x\"], \"mdoe\": \"interactive\"}",
                        400, "Unknown field mdoe; an invocation's fields are args, command, mode."),
                Arguments.of("malformed JSON", "{\"command\": ", 400, "not valid JSON"),
                Arguments.of("JSON array", "[\"map-codebase\"]", 400, "not valid JSON"),
                Arguments.of("JSON null", "null", 400, "not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInvocations")
    void badInvocationsStartNothingAndChangeNothing(String label, String body, int status, String error)
            throws Exception {
        Path checkout = checkout("bad-" + label.replace(' ', '-'));
        String projectId = project(checkout);
        List<String> projects = ItDatabase.rows("projects");
        List<String> sessions = ItDatabase.rows("project_sessions");

        invoke(projectId, body).then().statusCode(status)
                .contentType(ContentType.JSON)
                .body("code", equalTo("BAD_REQUEST"))
                .body("error", containsString(error));

        assertEquals(projects, ItDatabase.rows("projects"));
        assertEquals(sessions, ItDatabase.rows("project_sessions"));
        assertEquals(List.of(), FakeAgent.runs(checkout));
    }

    @Test
    void anUnknownProjectIsNotFound() {
        List<String> sessions = ItDatabase.rows("project_sessions");

        invoke("proj-00000000", "{\"command\": \"map-codebase\"}").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        api().get("projects/proj-00000000/planning/status").then().statusCode(404);
        api().post("projects/proj-00000000/planning/init").then().statusCode(404);
        assertEquals(sessions, ItDatabase.rows("project_sessions"));
    }

    @Test
    void aProjectWhoseCheckoutIsGoneCannotPlan() throws Exception {
        Path checkout = checkout("vanishing");
        String projectId = project(checkout);
        Files.delete(checkout);
        List<String> sessions = ItDatabase.rows("project_sessions");

        invoke(projectId, "{\"command\": \"map-codebase\"}").then().statusCode(400)
                .body("field", equalTo("local_path"))
                .body("error", equalTo("Project " + projectId + " has no usable local_path: " + checkout
                        + " is not a directory."));
        assertEquals(sessions, ItDatabase.rows("project_sessions"));
    }

    @Test
    void aMissingAgentIsReportedAndNothingStarts() throws Exception {
        Path checkout = checkout("no-agent");
        String projectId = project(checkout);
        List<String> sessions = ItDatabase.rows("project_sessions");
        Path parked = FakeAgent.INSTALLED.resolveSibling("parked");
        Files.move(FakeAgent.INSTALLED, parked);
        try {
            invoke(projectId, "{\"command\": \"map-codebase\"}").then().statusCode(400)
                    .body("code", equalTo("BAD_REQUEST"))
                    .body("error", equalTo("Agent CLI '" + FakeAgent.INSTALLED + "' not found on PATH; set GRD_AGENT_COMMAND"));
            api().post("projects/" + projectId + "/planning/init").then().statusCode(400);
        } finally {
            Files.move(parked, FakeAgent.INSTALLED);
        }
        assertEquals(sessions, ItDatabase.rows("project_sessions"));
        assertEquals("none", status(projectId, "grd_init_status"));
    }

    @Test
    void theCatalogueListsEveryPlanningCommandByGroup() {
        api().get("planning/commands").then().statusCode(200)
                .body("total_count", equalTo(21))
                .body("source", equalTo("built in"))
                .body("commands.name", hasItems("map-codebase", "init", "plan-phase", "requirement", "product-plan",
                        "discover", "principles"))
                .body("commands.find { it.name == 'init' }.argument_hint", equalTo("[--auto @document.md | --yolo]"))
                .body("commands.find { it.name == 'init' }.aliases", equalTo(List.of("new-project")))
                .body("commands.find { it.name == 'discuss-phase' }.default_mode", equalTo("interactive"))
                .body("commands.find { it.name == 'plan-phase' }.group", equalTo("Phases"))
                .body("commands.find { it.name == 'plan-phase' }.argument_hint",
                        equalTo("<phase number> [--research-only | --eval-only]"));
    }

    List<String> prompts(Path checkout) {
        return FakeAgent.runs(checkout).stream().map(run -> run.argv().get(run.argv().size() - 1)).toList();
    }

    @Test
    void initializationMapsTheCodebaseThenInitializesFromTheReadme() throws Exception {
        Path checkout = checkout("fresh");
        Files.writeString(checkout.resolve("README.md"), "# Fresh\nAn idea.\n");
        String projectId = project(checkout);
        assertEquals("none", status(projectId, "grd_init_status"));

        api().post("projects/" + projectId + "/planning/init").then().statusCode(202)
                .body("grd_init_status", equalTo("initializing"))
                .body("session_id", matchesPattern("psess-[0-9a-f]{8}"))
                .body("document", equalTo("README.md"))
                .body("note", nullValue());

        Eventually.until(() -> "ready".equals(status(projectId, "grd_init_status")), "the project is ready");
        assertEquals(List.of("/grd:map-codebase", "/grd:init --auto @README.md"), prompts(checkout));
        assertEquals("-p", FakeAgent.runs(checkout).get(1).argv().get(1));
        assertTrue(Files.isRegularFile(checkout.resolve(".planning/ROADMAP.md")));
        Eventually.until(() -> status(projectId, "active_session_id") == null, "no session is left active");
    }

    @Test
    void initializationStartsFromTheDocumentThePersonNames() throws Exception {
        Path checkout = checkout("named-document");
        Files.createDirectories(checkout.resolve("docs"));
        Files.writeString(checkout.resolve("docs/IDEA.md"), "# The idea\n");
        Files.writeString(checkout.resolve("README.md"), "# Not this one\n");
        String projectId = project(checkout);

        api().contentType(ContentType.JSON).body("{\"document\": \"docs/IDEA.md\"}")
                .post("projects/" + projectId + "/planning/init").then().statusCode(202)
                .body("document", equalTo("docs/IDEA.md"));

        Eventually.until(() -> "ready".equals(status(projectId, "grd_init_status")), "the project is ready");
        assertEquals(List.of("/grd:map-codebase", "/grd:init --auto @docs/IDEA.md"), prompts(checkout));
    }

    @Test
    void aDocumentThatIsNotAFileInTheCheckoutIsRefusedAndStartsNothing() throws Exception {
        Path checkout = checkout("strict-document");
        Path outside = Files.writeString(workspace.resolve("outside.md"), "# Outside\n");
        Files.createSymbolicLink(checkout.resolve("linked.md"), outside);
        Files.writeString(checkout.resolve("with space.md"), "# Spaced\n");
        String projectId = project(checkout);
        List<String> sessions = ItDatabase.rows("project_sessions");

        for (String document : List.of("../outside.md", outside.toString(), "linked.md", "missing.md", "with space.md",
                "")) {
            api().contentType(ContentType.JSON).body("{\"document\": \"" + document + "\"}")
                    .post("projects/" + projectId + "/planning/init").then().statusCode(400)
                    .body("code", equalTo("BAD_REQUEST"))
                    .body("field", equalTo("document"));
        }
        api().contentType(ContentType.JSON).body("{\"document\": 7}")
                .post("projects/" + projectId + "/planning/init").then().statusCode(400).body("field", equalTo("document"));

        assertEquals(sessions, ItDatabase.rows("project_sessions"));
        assertEquals("none", status(projectId, "grd_init_status"));
        assertEquals(List.of(), FakeAgent.runs(checkout));
    }

    @Test
    void withoutADocumentInitRunsInteractivelyAndThePersonIsToldWhy() throws Exception {
        Path checkout = checkout("no-document");
        String projectId = project(checkout);
        FakeAgent.hold(checkout);

        String note = api().post("projects/" + projectId + "/planning/init").then().statusCode(202)
                .body("document", nullValue())
                .extract().path("note");

        assertTrue(note.startsWith("No document was named and the checkout has no README"), note);
        api().get("projects/" + projectId).then().body("grd_init_reason", equalTo(note));
        FakeAgent.release(checkout);
        Eventually.until(() -> "ready".equals(status(projectId, "grd_init_status")), "the project is ready");
        assertEquals(List.of(FakeAgent.INSTALLED.toString(), "/grd:init"), FakeAgent.runs(checkout).get(1).argv());
        api().get("projects/" + projectId).then().body("grd_init_reason", nullValue());
    }

    @Test
    void anInitThatWritesNoRoadmapFailsInitializationWithTheReason() throws Exception {
        Path checkout = checkout("vanished-document");
        Files.writeString(checkout.resolve("README.md"), "# Soon gone\n");
        FakeAgent.hold(checkout);
        String projectId = project(checkout);
        api().post("projects/" + projectId + "/planning/init").then().statusCode(202);
        Eventually.until(() -> FakeAgent.runs(checkout).size() == 1, "map-codebase runs");

        Files.delete(checkout.resolve("README.md"));
        FakeAgent.release(checkout);

        Eventually.until(() -> "failed".equals(status(projectId, "grd_init_status")), "initialization failed");
        assertEquals(List.of("/grd:map-codebase", "/grd:init --auto @README.md"), prompts(checkout));
        api().get("projects/" + projectId).then()
                .body("grd_init_reason", equalTo("init ended without writing .planning/ROADMAP.md from README.md."));
    }

    /**
     * Between map-codebase's end and the start of init, the first stage stays the project's planning session: an
     * invoke in that moment is refused, and only the two stages run. The test holds the moment open.
     */
    @Test
    void theHandOverBetweenTheInitializationStagesAdmitsNoInvoke() throws Exception {
        Path checkout = checkout("hand-over");
        Files.writeString(checkout.resolve("README.md"), "# Hand-over\n");
        String projectId = project(checkout);
        api().put("test/ending-gate/" + projectId).then().statusCode(204);
        try {
            String mapping = api().post("projects/" + projectId + "/planning/init").then().statusCode(202)
                    .extract().path("session_id");
            Eventually.until(() -> !"active".equals(api().get("projects/" + projectId + "/sessions/" + mapping)
                    .then().extract().path("status")), "map-codebase has ended");

            assertEquals(mapping, status(projectId, "active_session_id"));
            invoke(projectId, "{\"command\": \"plan-phase\", \"args\": [1]}").then().statusCode(409)
                    .body("session_id", equalTo(mapping));
        } finally {
            api().delete("test/ending-gate/" + projectId).then().statusCode(204);
        }
        Eventually.until(() -> "ready".equals(status(projectId, "grd_init_status")), "the project is ready");
        assertEquals(List.of("/grd:map-codebase", "/grd:init --auto @README.md"), prompts(checkout));
    }

    @Test
    void initRunFromThePaletteMakesTheProjectReady() throws Exception {
        Path checkout = checkout("palette-init");
        String projectId = project(checkout);
        assertEquals("none", status(projectId, "grd_init_status"));

        invoke(projectId, "{\"command\": \"init\"}").then().statusCode(201);

        Eventually.until(() -> "ready".equals(status(projectId, "grd_init_status")), "the project is ready");
    }

    @Test
    void aCommandThatWritesNoRoadmapLeavesTheProjectUninitialized() throws Exception {
        Path checkout = checkout("no-roadmap");
        String projectId = project(checkout);

        try (SseClient.Listening events = projectEvents(projectId)) {
            invoke(projectId, "{\"command\": \"survey\", \"args\": [\"PTY relays\"]}").then().statusCode(201);

            events.awaitEvent(event -> "roadmap_changed".equals(event.name()), Eventually.PATIENCE);
        }
        assertEquals("none", status(projectId, "grd_init_status"));
    }

    @Test
    void deletingAProjectRemovesItsSessionsAndTheirTranscripts() throws Exception {
        Path checkout = checkout("discarded");
        String projectId = project(checkout);
        String sessionId = invoke(projectId, "{\"command\": \"plan-phase\", \"args\": [1]}").then().statusCode(201)
                .extract().path("session_id");
        awaitSessionEnd(projectId, sessionId);
        Eventually.until(() -> status(projectId, "active_session_id") == null, "the session is unregistered");
        Path transcript = ItDatabase.dataDirectory().resolve("sessions").resolve(sessionId + ".log");
        assertTrue(Files.size(transcript) > 0);

        api().delete("projects/" + projectId).then().statusCode(204);

        assertTrue(ItDatabase.rows("project_sessions").stream().noneMatch(row -> row.contains(sessionId)));
        assertFalse(Files.exists(transcript), "the transcript is deleted with its session");
        assertTrue(Files.isDirectory(checkout), "the checkout is left as it is");
    }

    @Test
    void pagesOpenOnADeletedProjectHearOfItAndTheirStreamEnds() throws Exception {
        String projectId = project(checkout("deleted-while-watched"));

        try (SseClient.Listening events = projectEvents(projectId)) {
            api().delete("projects/" + projectId).then().statusCode(204);

            List<SseEvent> seen = events.awaitEvent(event -> "project_deleted".equals(event.name()), Eventually.PATIENCE);
            assertEquals(projectId, seen.get(seen.size() - 1).json().getString("project_id"));
            assertTrue(events.awaitEnd(Eventually.PATIENCE), "the stream ends");
        }
        api().get("projects/" + projectId + "/events").then().statusCode(404);
    }

    @Test
    void aPageThatSubscribesAsItsProjectIsDeletedHearsOfItAndItsStreamEnds() throws Exception {
        String projectId = project(checkout("deleted-while-subscribing"));

        try (SseClient.Listening events = SseClient.listen(Loopback.application(deployed)
                .resolve("api/test/projects/" + projectId + "/events-after-deletion"))) {
            List<SseEvent> seen = events.awaitEvent(event -> "project_deleted".equals(event.name()), Eventually.PATIENCE);
            assertEquals(projectId, seen.get(seen.size() - 1).json().getString("project_id"));
            assertTrue(events.awaitEnd(Eventually.PATIENCE), "the stream ends");
        }
        api().get("projects/" + projectId).then().statusCode(404);
    }

    @Test
    void aProjectKeepsItsCheckoutWhileASessionRunsInIt() throws Exception {
        Path checkout = checkout("moving");
        Path elsewhere = checkout("moved-to");
        String projectId = project(checkout);
        FakeAgent.hold(checkout);
        String sessionId = invoke(projectId, "{\"command\": \"survey\", \"args\": [\"relays\"]}").then()
                .statusCode(201).extract().path("session_id");
        List<String> projects = ItDatabase.rows("projects");

        api().contentType(ContentType.JSON).body("{\"local_path\": \"" + elsewhere + "\"}")
                .patch("projects/" + projectId).then().statusCode(409)
                .body("code", equalTo("CONFLICT"))
                .body("session_id", equalTo(sessionId))
                .body("error", containsString("stop it before moving the project to another checkout"));
        assertEquals(projects, ItDatabase.rows("projects"));
        api().contentType(ContentType.JSON).body("{\"local_path\": \"" + checkout + "/\"}")
                .patch("projects/" + projectId).then().statusCode(200);

        FakeAgent.release(checkout);
        awaitSessionEnd(projectId, sessionId);
        Eventually.until(() -> status(projectId, "active_session_id") == null, "the session is unregistered");
        api().contentType(ContentType.JSON).body("{\"local_path\": \"" + elsewhere + "\"}")
                .patch("projects/" + projectId).then().statusCode(200).body("local_path", equalTo(elsewhere.toString()));
    }

    @Test
    void aFailedCodebaseMapFailsInitializationWithoutRunningInit() throws Exception {
        Path checkout = checkout("unmappable");
        FakeAgent.exitWith(checkout, "map-codebase", 1);
        String projectId = project(checkout);

        api().post("projects/" + projectId + "/planning/init").then().statusCode(202);

        Eventually.until(() -> "failed".equals(status(projectId, "grd_init_status")), "initialization failed");
        assertEquals(1, FakeAgent.runs(checkout).size());
    }

    @Test
    void aCheckoutWithARoadmapIsReadyAtOnce() throws Exception {
        Path checkout = checkout("planned");
        Files.createDirectories(checkout.resolve(".planning"));
        Files.writeString(checkout.resolve(".planning/ROADMAP.md"), "# Roadmap\n");
        String projectId = api().contentType(ContentType.JSON)
                .body("{\"name\": \"planned\", \"local_path\": \"" + checkout + "\"}")
                .post("projects").then().statusCode(201)
                .body("grd_init_status", equalTo("ready"))
                .extract().path("id");

        api().post("projects/" + projectId + "/planning/init").then().statusCode(200)
                .body("grd_init_status", equalTo("ready"))
                .body("session_id", nullValue());

        assertEquals("ready", status(projectId, "grd_init_status"));
        assertEquals(List.of(), FakeAgent.runs(checkout));
    }

    @Test
    void autoInitOnCreationStartsInitialization() throws Exception {
        Path checkout = checkout("auto");

        String projectId = api().contentType(ContentType.JSON)
                .body("{\"name\": \"auto\", \"local_path\": \"" + checkout + "\", \"auto_init\": true}")
                .post("projects").then().statusCode(201)
                .body("grd_init_status", equalTo("initializing"))
                .extract().path("id");

        Eventually.until(() -> "ready".equals(status(projectId, "grd_init_status")), "the project is ready");
    }

    @Test
    void theRoadmapOfARealisticProjectReadsBack() {
        Path realistic = Path.of("src/test/resources/roadmaps/realistic").toAbsolutePath();
        String projectId = project(realistic);

        api().get("projects/" + projectId + "/planning/roadmap").then().statusCode(200)
                .body("project_name", equalTo("Lighthouse"))
                .body("current_milestone", equalTo("v0.2.0 Streaming"))
                .body("milestones.version", equalTo(List.of("v0.1.0", "v0.2.0")))
                .body("milestones[0].shipped", equalTo(true))
                .body("milestones[1].phases.number", equalTo(List.of("3", "3.1", "4", "5", "6")))
                .body("milestones[1].phases.status",
                        equalTo(List.of("partial", "researched", "planned", "discussed", "not_started")))
                .body("milestones[1].phases[1].inserted", equalTo(true))
                .body("milestones[0].phases[0].plans[0].title", equalTo("Project skeleton"))
                .body("milestones[0].phases[0].plans[0].has_summary", equalTo(true))
                .body("progress.phases_complete", equalTo(2))
                .body("progress.phases_total", equalTo(7))
                .body("progress.plans_with_summary", equalTo(4))
                .body("progress.plans_total", equalTo(6))
                .body("warnings", equalTo(List.of()));
    }

    @Test
    void aProjectWithoutPlanningHasAnEmptyRoadmap() throws Exception {
        String projectId = project(checkout("unplanned"));

        api().get("projects/" + projectId + "/planning/roadmap").then().statusCode(200)
                .body("milestones", equalTo(List.of()))
                .body("progress.phases_total", equalTo(0))
                .body("warnings", equalTo(List.of()));
        api().get("projects/proj-00000000/planning/roadmap").then().statusCode(404);
    }

    @Test
    void theEventStreamAnnouncesTheSessionAndTheChangedRoadmap() throws Exception {
        Path checkout = checkout("evented");
        Files.createDirectories(checkout.resolve(".planning"));
        Files.writeString(checkout.resolve(".planning/ROADMAP.md"), "# Roadmap: Evented\n\n## Phase 1: Setup\n**Goal**: Start\n");
        String plan = ".planning/phases/01-setup/01-01-PLAN.md";
        FakeAgent.writePlan(checkout, "plan-phase", plan);
        String projectId = project(checkout);
        api().get("projects/" + projectId + "/planning/roadmap").then().body("progress.plans_total", equalTo(0));

        try (SseClient.Listening events = projectEvents(projectId)) {
            String sessionId = invoke(projectId, "{\"command\": \"plan-phase\", \"args\": [1]}")
                    .then().statusCode(201).extract().path("session_id");

            List<SseEvent> seen = events.awaitEvent(event -> "roadmap_changed".equals(event.name()), Eventually.PATIENCE);

            List<String> names = seen.stream().map(SseEvent::name).toList();
            assertTrue(names.containsAll(List.of("session_started", "session_ended", "roadmap_changed")), names.toString());
            SseEvent ended = seen.stream().filter(e -> "session_ended".equals(e.name())).findFirst().orElseThrow();
            assertEquals(sessionId, ended.json().getString("session_id"));
            assertEquals("completed", ended.json().getString("status"));
            assertEquals(1, seen.get(seen.size() - 1).json().getInt("plans_total"));
        }
        api().get("projects/" + projectId + "/planning/roadmap").then()
                .body("milestones[0].phases[0].status", equalTo("planned"))
                .body("milestones[0].phases[0].plans[0].file", equalTo(plan))
                .body("milestones[0].phases[0].plans[0].title", equalTo("Plan written by plan-phase"));
        assertEquals(null, status(projectId, "active_session_id"));
    }

    @Test
    void theEventStreamAnnouncesInitStatusChanges() throws Exception {
        Path checkout = checkout("announced");
        String projectId = project(checkout);

        try (SseClient.Listening events = projectEvents(projectId)) {
            for (String status : List.of("none", "failed")) {
                api().contentType(ContentType.JSON).body("{\"grd_init_status\": \"" + status + "\"}")
                        .patch("projects/" + projectId).then().statusCode(200);
            }

            List<SseEvent> seen = events.awaitEvent(event -> "init_status_changed".equals(event.name()), Eventually.PATIENCE);
            assertEquals("failed", seen.get(seen.size() - 1).json().getString("grd_init_status"),
                    "setting the status it already has announces nothing");
        }
    }

    @Test
    void theDocumentsOfPlanningAreListedAndReadWithTheirFrontMatter() throws Exception {
        Path checkout = checkout("documents");
        Path phase = Files.createDirectories(checkout.resolve(".planning/phases/02-cache"));
        Files.writeString(checkout.resolve(".planning/STATE.md"), "Phase: 2 of 3 (Cache)\n");
        Files.writeString(phase.resolve("02-01-PLAN.md"), """
                ---
                wave: 1
                depends_on: ["01-01"]
                autonomous: true
                must_haves:
                  truths: ["Lookups answer from memory"]
                ---
                <objective>Cache the index</objective>
                """);
        String projectId = project(checkout);
        String documents = "projects/" + projectId + "/planning/documents";

        api().get(documents).then().statusCode(200)
                .body("documents.path", equalTo(List.of("STATE.md", "phases/02-cache/02-01-PLAN.md")))
                .body("documents[1].phase", equalTo("2"))
                .body("documents[1].kind", equalTo("plan"))
                .body("documents[0].phase", nullValue());
        api().get(documents + "/phases/02-cache/02-01-PLAN.md").then().statusCode(200)
                .body("path", equalTo("phases/02-cache/02-01-PLAN.md"))
                .body("front_matter.wave", equalTo(1))
                .body("front_matter.depends_on", equalTo(List.of("01-01")))
                .body("front_matter.must_haves.truths", equalTo(List.of("Lookups answer from memory")))
                .body("markdown", equalTo("<objective>Cache the index</objective>\n"));
    }

    @Test
    void nothingOutsidePlanningIsRead() throws Exception {
        Path checkout = checkout("escape");
        Files.createDirectories(checkout.resolve(".planning"));
        Files.writeString(checkout.resolve("secret.md"), "the secret");
        Path outside = Files.writeString(workspace.resolve("outside.md"), "the outside");
        Files.createSymbolicLink(checkout.resolve(".planning/link.md"), outside);
        Files.write(checkout.resolve(".planning/HUGE.md"), new byte[1024 * 1024 + 1]);
        String documents = "projects/" + project(checkout) + "/planning/documents/";

        for (String escape : List.of("..%2Fsecret.md", "%2E%2E/secret.md", "%2Fetc%2Fhostname", "link.md")) {
            Response response = api().urlEncodingEnabled(false).get(documents + escape);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, escape + ": " + response.asString());
            assertFalse(response.asString().contains("the secret") || response.asString().contains("the outside"),
                    escape);
        }
        api().get(documents + "link.md").then().statusCode(400).body("field", equalTo("path"))
                .body("error", containsString("leads out of .planning/"));
        api().get(documents + "HUGE.md").then().statusCode(400).body("error", containsString("1048577 bytes"));
        api().get(documents + "phases/NONE.md").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        api().get(documents).then().statusCode(200).body("documents.path", equalTo(List.of("HUGE.md")));
    }

    @Test
    void aSessionsChangesToPlanningAreListedAndDiffed() throws Exception {
        Path checkout = checkout("changes");
        Files.createDirectories(checkout.resolve(".planning/phases/02-cache"));
        Files.writeString(checkout.resolve(".planning/ROADMAP.md"), "# Roadmap\n");
        Files.writeString(checkout.resolve(".planning/STATE.md"), "Phase: 1\n");
        Files.writeString(checkout.resolve(".planning/OLD.md"), "old\n");
        String projectId = project(checkout);
        FakeAgent.writePlan(checkout, "plan-phase", ".planning/phases/02-cache/02-01-PLAN.md");
        FakeAgent.hold(checkout);
        String sessionId = invoke(projectId, "{\"command\": \"plan-phase\", \"args\": [2]}")
                .then().statusCode(201).extract().path("session_id");
        String changes = "projects/" + projectId + "/sessions/" + sessionId + "/changes";
        Eventually.until(() -> api().get(changes).statusCode() == 200, "the session's start was recorded");
        Files.writeString(checkout.resolve(".planning/STATE.md"), "Phase: 2\n");
        Files.delete(checkout.resolve(".planning/OLD.md"));
        FakeAgent.release(checkout);
        awaitSessionEnd(projectId, sessionId);
        Files.writeString(checkout.resolve(".planning/ROADMAP.md"), "# Changed after the session\n");

        api().get(changes).then().statusCode(200)
                .body("created", equalTo(List.of("phases/02-cache/02-01-PLAN.md")))
                .body("modified", equalTo(List.of("STATE.md")))
                .body("deleted", equalTo(List.of("OLD.md")));
        api().queryParam("path", "STATE.md").get(changes + "/diff").then().statusCode(200)
                .body("change", equalTo("modified"))
                .body("diff", equalTo("--- a/.planning/STATE.md\n+++ b/.planning/STATE.md\n@@ -1,1 +1,1 @@\n"
                        + "-Phase: 1\n+Phase: 2\n"));
        api().queryParam("path", "phases/02-cache/02-01-PLAN.md").get(changes + "/diff").then().statusCode(200)
                .body("change", equalTo("created"))
                .body("diff", containsString("+# Plan written by plan-phase"));
        api().queryParam("path", "OLD.md").get(changes + "/diff").then().statusCode(200)
                .body("change", equalTo("deleted")).body("diff", containsString("-old"));
        api().queryParam("path", "ROADMAP.md").get(changes + "/diff").then().statusCode(404);
        api().get(changes + "/diff").then().statusCode(400).body("field", equalTo("path"));
    }

    @Test
    void aChangedFileOverOneMebibyteIsListedWithoutADiff() throws Exception {
        Path checkout = checkout("large-change");
        Files.createDirectories(checkout.resolve(".planning"));
        Files.writeString(checkout.resolve(".planning/RESEARCH.md"), "short\n");
        String projectId = project(checkout);
        FakeAgent.hold(checkout);
        String sessionId = invoke(projectId, "{\"command\": \"survey\", \"args\": [\"caches\"]}")
                .then().statusCode(201).extract().path("session_id");
        String changes = "projects/" + projectId + "/sessions/" + sessionId + "/changes";
        Eventually.until(() -> api().get(changes).statusCode() == 200, "the session's start was recorded");
        Files.writeString(checkout.resolve(".planning/RESEARCH.md"), "long\n".repeat(300_000));
        FakeAgent.release(checkout);
        awaitSessionEnd(projectId, sessionId);

        api().get(changes).then().body("modified", equalTo(List.of("RESEARCH.md")));
        api().queryParam("path", "RESEARCH.md").get(changes + "/diff").then().statusCode(200)
                .body("diff", nullValue())
                .body("note", containsString("larger than 1048576 bytes"));
    }

    @Test
    void aReplyContinuesTheAgentsConversationAsTheProjectsPlanningSession() throws Exception {
        Path checkout = checkout("reply");
        String projectId = project(checkout);
        String agent = FakeAgent.INSTALLED.toString();
        String sessions = "projects/" + projectId + "/sessions/";
        String parent = invoke(projectId, "{\"command\": \"plan-phase\", \"args\": [2]}")
                .then().statusCode(201).extract().path("session_id");
        awaitSessionEnd(projectId, parent);

        String reply = api().contentType(ContentType.JSON).body("{\"text\": \"Use the LRU cache\"}")
                .post(sessions + parent + "/reply").then().statusCode(201)
                .body("parent_session_id", equalTo(parent))
                .body("status", equalTo("running"))
                .extract().path("session_id");
        awaitSessionEnd(projectId, reply);

        assertEquals(new FakeAgent.Run(checkout.toString(), List.of(agent, "-p", "--output-format", "stream-json",
                        "--verbose", "--permission-mode", "bypassPermissions", "--resume", "fake-session",
                        "Use the LRU cache")),
                FakeAgent.runs(checkout).get(1));
        api().get(sessions + reply).then()
                .body("parent_session_id", equalTo(parent))
                .body("command", equalTo("plan-phase"))
                .body("prompt", equalTo("Use the LRU cache"))
                .body("status", equalTo("completed"));
        api().get(sessions).then()
                .body("totals.num_turns", equalTo(2))
                .body("totals.total_cost_usd", equalTo(0.02f))
                .body("totals.duration_ms", equalTo(24));
    }

    @Test
    void aReplyIsRefusedWhileTheParentRunsWithoutAConversationAndWhileAnotherSessionRuns() throws Exception {
        Path checkout = checkout("refused-replies");
        String projectId = project(checkout);
        String sessions = "projects/" + projectId + "/sessions/";
        String reply = "{\"text\": \"Go on\"}";
        FakeAgent.hold(checkout);
        String running = invoke(projectId, "{\"command\": \"plan-phase\", \"args\": [2]}")
                .then().statusCode(201).extract().path("session_id");

        api().contentType(ContentType.JSON).body(reply).post(sessions + running + "/reply").then().statusCode(400)
                .body("error", containsString("is still active"));
        FakeAgent.release(checkout);
        awaitSessionEnd(projectId, running);
        String interactive = invoke(projectId, "{\"command\": \"discuss-phase\", \"args\": [3]}")
                .then().statusCode(201).extract().path("session_id");
        awaitSessionEnd(projectId, interactive);
        api().contentType(ContentType.JSON).body(reply).post(sessions + interactive + "/reply").then().statusCode(400)
                .body("error", containsString("no agent conversation"));
        FakeAgent.hold(checkout);
        String other = invoke(projectId, "{\"command\": \"map-codebase\"}").then().statusCode(201)
                .extract().path("session_id");
        api().contentType(ContentType.JSON).body(reply).post(sessions + running + "/reply").then().statusCode(409)
                .body("session_id", equalTo(other));
        api().contentType(ContentType.JSON).body("{\"text\": \" \"}").post(sessions + running + "/reply").then()
                .statusCode(400).body("field", equalTo("text"));
        api().contentType(ContentType.JSON).body("{\"txt\": \"x\"}").post(sessions + running + "/reply").then()
                .statusCode(400).body("error", equalTo("Unknown field txt; a reply's fields are text."));
        FakeAgent.release(checkout);
        awaitSessionEnd(projectId, other);
        assertEquals(3, FakeAgent.runs(checkout).size());
    }
}
