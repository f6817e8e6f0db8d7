package org.grdplanner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.grdplanner.testing.Browser;
import org.grdplanner.testing.Deployments;
import org.grdplanner.testing.Eventually;
import org.grdplanner.testing.Loopback;
import org.grdplanner.testing.ProcessTable;
import org.grdplanner.testing.SseClient;
import org.grdplanner.testing.ServerApi;
import org.grdplanner.testing.SseEvent;
import org.grdplanner.testing.agent.ClaudeCli;
import org.grdplanner.testing.agent.Reply;
import org.grdplanner.testing.agent.ScriptedModel;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * GRD commands run by the real Claude Code CLI, which talks to the scripted model: one server whose autonomous
 * sessions may write (the default permission mode, bypassPermissions), one whose sessions run in Claude Code's
 * {@code default} mode, which denies writes in {@code -p} mode.
 */
@ExtendWith(ArquillianExtension.class)
class RealAgentIT {

    private static final Path WORKSPACE = Path.of("target/it-real-agent").toAbsolutePath();
    private static final String ROADMAP = """
            # Roadmap

            ## v0.1 Index

            ### Phase 2: Cache the index
            **Goal**: Answer lookups from memory

            ### Phase 3: Storage
            **Goal**: Keep the index between runs

            ### Phase 4: Replay
            **Goal**: Rebuild the index from its log
            """;

    private static ScriptedModel model;
    private static WebDriver browser;

    @Deployment(name = "allowed", testable = false)
    @TargetsContainer("real-agent")
    static WebArchive allowed() {
        return Deployments.builtWar();
    }

    @Deployment(name = "asking", testable = false)
    @TargetsContainer("real-agent-asking")
    static WebArchive asking() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    @OperateOnDeployment("allowed")
    URL allowedServer;

    @ArquillianResource
    @OperateOnDeployment("asking")
    URL askingServer;

    @BeforeAll
    static void startModelAndInstallGrd() throws Exception {
        model = ScriptedModel.start(Integer.getInteger("grd.it.model.port"));
        Files.createDirectories(WORKSPACE);
        new ProcessBuilder("git", "init", "-q", WORKSPACE.toString()).inheritIO().start().waitFor();
        ClaudeCli.installGrd();
        ClaudeCli.answerFirstRunQuestions(WORKSPACE);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.quit();
        model.close();
    }

    static RequestSpecification api(URL server) {
        return new ServerApi(server).request();
    }

    /** A checkout with a roadmap of three phases, the first of them with its folder. */
    static Path checkout(String name) throws IOException {
        Path checkout = Files.createDirectories(WORKSPACE.resolve(name + "-" + System.nanoTime()));
        Files.createDirectories(checkout.resolve(".planning/phases/02-cache-the-index"));
        Files.writeString(checkout.resolve(".planning/ROADMAP.md"), ROADMAP);
        return checkout;
    }

    static String project(URL server, Path checkout) {
        return new ServerApi(server).createProject(checkout);
    }

    static String invoke(URL server, String projectId, String command, String args) {
        return api(server).contentType(ContentType.JSON)
                .body(Json.createObjectBuilder().add("command", command).add("args", Json.createArrayBuilder().add(args))
                        .build().toString())
                .post("projects/" + projectId + "/planning/invoke").then().statusCode(201).extract().path("session_id");
    }

    static JsonPath endedSession(URL server, String projectId, String sessionId) throws InterruptedException {
        return new ServerApi(server).endedSession(projectId, sessionId);
    }

    static JsonObject writeInput(Path file, String content) {
        return Json.createObjectBuilder().add("file_path", file.toString()).add("content", content).build();
    }

    static Reply writes(Path file, String content) {
        return Reply.tool("Write", writeInput(file, content));
    }

    /** From a blank page: only the hash would change from a page of the same document, and its panels would linger. */
    static void openPlanning(URL server, String projectId) {
        browser.get("about:blank");
        browser.get(Loopback.application(server) + "#/projects/" + projectId + "/planning");
    }

    static List<SseEvent> stream(URL server, String projectId, String sessionId) throws Exception {
        return SseClient.readUntilComplete(Loopback.application(server)
                .resolve("api/projects/" + projectId + "/sessions/" + sessionId + "/stream"), Eventually.PATIENCE);
    }

    @Test
    void anAutonomousPlanPhaseWritesThePlanAndTheRoadmapShowsIt() throws Exception {
        Path checkout = checkout("plan");
        Path plan = checkout.resolve(".planning/phases/02-cache-the-index/02-01-PLAN.md");
        model.script(ScriptedModel.opening("plan-phase", "2"),
                Reply.text("Phase 2 needs one plan.").thenTool("Write", writeInput(plan, "# Cache the index\n")),
                Reply.text("Phase 2 is planned: 02-01-PLAN.md."));
        String projectId = project(allowedServer, checkout);

        try (SseClient.Listening events = SseClient.listen(Loopback.application(allowedServer)
                .resolve("api/projects/" + projectId + "/events"))) {
            String sessionId = invoke(allowedServer, projectId, "plan-phase", "2");
            JsonPath session = endedSession(allowedServer, projectId, sessionId);

            assertEquals("completed", session.getString("status"));
            assertEquals(0, session.getInt("exit_code"));
            assertFalse(session.getBoolean("result.is_error"));
            assertEquals(List.of(), session.getList("result.permission_denials"));
            assertEquals(2, session.getInt("result.num_turns"));
            assertTrue(session.getString("result.agent_session_id").matches("[0-9a-f-]{36}"));
            assertEquals("# Cache the index\n", Files.readString(plan));
            events.awaitEvent(event -> "roadmap_changed".equals(event.name()), Eventually.PATIENCE);

            List<?> plans = api(allowedServer).get("projects/" + projectId + "/planning/roadmap").then()
                    .extract().path("milestones[0].phases.find { it.number == '2' }.plans.file");
            assertEquals(List.of(".planning/phases/02-cache-the-index/02-01-PLAN.md"), plans);
            List<SseEvent> stream = stream(allowedServer, projectId, sessionId);
            List<String> readable = stream.stream().map(SseEvent::name)
                    .filter(name -> !"output".equals(name)).toList();
            assertEquals(List.of("init", "message", "tool", "tool_result", "message", "result", "complete"), readable);
            SseEvent tool = stream.stream().filter(event -> "tool".equals(event.name())).findFirst().orElseThrow();
            assertEquals("Write .planning/phases/02-cache-the-index/02-01-PLAN.md", tool.json().getString("summary"));
        }
    }

    @Test
    void inTheDefaultPermissionModeTheDeniedWriteIsFlagged() throws Exception {
        Path checkout = checkout("denied");
        Path plan = checkout.resolve(".planning/phases/02-cache-the-index/02-01-PLAN.md");
        model.script(ScriptedModel.opening("plan-phase", "3"), writes(plan, "# Denied\n"),
                Reply.text("I could not write the plan."));
        String projectId = project(askingServer, checkout);

        String sessionId = invoke(askingServer, projectId, "plan-phase", "3");
        JsonPath session = endedSession(askingServer, projectId, sessionId);

        assertEquals("completed", session.getString("status"));
        assertEquals(List.of(Map.of("tool_name", "Write", "target", ".planning/phases/02-cache-the-index/02-01-PLAN.md")),
                session.getList("result.permission_denials"));
        assertFalse(Files.exists(plan));
        openPlanning(askingServer, projectId);
        awaitText(By.cssSelector("#transcript .entry.denials"),
                "The agent was refused 1 action: Write .planning/phases/02-cache-the-index/02-01-PLAN.md");
        awaitText(By.cssSelector("#transcript .entry.tool.error"), "✗ error");
    }

    @Test
    void anOverloadedApiIsRetriedAndTheRunCompletes() throws Exception {
        String opening = ScriptedModel.opening("add-phase", "Busy API");
        model.script(opening, Reply.status(529), Reply.status(529), Reply.text("Added the phase."));
        Path checkout = checkout("busy");
        String projectId = project(allowedServer, checkout);

        JsonPath session = endedSession(allowedServer, projectId,
                invoke(allowedServer, projectId, "add-phase", "Busy API"));

        assertEquals("completed", session.getString("status"));
        assertEquals(3, model.received(opening).size());
    }

    @Test
    void aRefusedRequestFailsTheSessionWithTheCliError() throws Exception {
        model.script(ScriptedModel.opening("add-phase", "Broken request"), Reply.status(400));
        String projectId = project(allowedServer, checkout("broken"));

        String sessionId = invoke(allowedServer, projectId, "add-phase", "Broken request");
        JsonPath session = endedSession(allowedServer, projectId, sessionId);

        assertEquals("failed", session.getString("status"));
        assertTrue(session.getBoolean("result.is_error"));
        assertTrue(session.getString("failure_reason").contains("400"), session.getString("failure_reason"));
        String transcript = api(allowedServer).get("projects/" + projectId + "/sessions/" + sessionId + "/output")
                .then().extract().path("data");
        assertTrue(transcript.contains("API Error: 400"), transcript);
    }

    @Test
    void withoutGrdThePageSaysSoAndAnInvokeFails() throws Exception {
        String projectId = project(allowedServer, checkout("no-grd"));
        ClaudeCli.uninstallGrd();
        try {
            JsonPath agent = api(allowedServer).get("planning/agent").then().statusCode(200).extract().jsonPath();
            assertTrue(agent.getBoolean("found"));
            assertEquals("2.1.332 (Claude Code)", agent.getString("version"));
            assertFalse(agent.getBoolean("grd_installed"));
            openPlanning(allowedServer, projectId);
            awaitText(By.id("agent-status"), "GRD is not installed for this agent");

            JsonPath session = endedSession(allowedServer, projectId,
                    invoke(allowedServer, projectId, "list-phase-assumptions", "2"));

            assertEquals("failed", session.getString("status"));
            assertTrue(session.getString("failure_reason").startsWith("GRD is not installed for this agent"),
                    session.getString("failure_reason"));
        } finally {
            ClaudeCli.installGrd();
        }
        JsonPath agent = api(allowedServer).get("planning/agent").then().extract().jsonPath();
        assertTrue(agent.getBoolean("grd_installed"));
        assertEquals("grd@grd-planner-tests", agent.getString("grd_plugin"));
    }

    @Test
    void theCommandListFollowsTheInstalledGrd() {
        JsonPath catalogue = api(allowedServer).get("planning/commands").then().statusCode(200).extract().jsonPath();

        assertEquals("installed GRD", catalogue.getString("source"));
        assertEquals("Write the plans of one roadmap phase",
                catalogue.getString("commands.find { it.name == 'plan-phase' }.description"));
        assertEquals("<phase number> [--research-only | --eval-only]",
                catalogue.getString("commands.find { it.name == 'plan-phase' }.argument_hint"));
        assertEquals("Describe the codebase in .planning/codebase/",
                catalogue.getString("commands.find { it.name == 'map-codebase' }.description"));
        assertEquals("Survey the literature on a topic.",
                catalogue.getString("commands.find { it.name == 'survey' }.description"));
    }

    @Test
    void anInteractiveDiscussionTakesTheAnswerTypedInTheBrowserTerminal() throws Exception {
        Path checkout = checkout("discuss");
        Path context = checkout.resolve(".planning/phases/03-storage/03-CONTEXT.md");
        String opening = ScriptedModel.opening("discuss-phase", "3");
        model.script(opening, Reply.text("Which storage should phase 3 use, SQLite or PostgreSQL?"),
                writes(context, "# Phase 3\nStorage: SQLite\n"), Reply.text("Recorded the decision."));
        String projectId = project(allowedServer, checkout);
        String sessionId = invoke(allowedServer, projectId, "discuss-phase", "3");
        openPlanning(allowedServer, projectId);

        awaitText(By.cssSelector("#terminal .xterm-rows"), "SQLite or PostgreSQL?");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#terminal .xterm-helper-textarea').focus()");
        new Actions(browser).sendKeys("SQLite, please").perform();
        awaitText(By.cssSelector("#terminal .xterm-rows"), "SQLite, please");
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        Eventually.until(() -> Files.exists(context), context + " written");
        assertTrue(model.received(opening).get(1).lastUserText().contains("SQLite, please"),
                model.received(opening).toString());
        awaitText(By.cssSelector("#terminal .xterm-rows"), "Recorded the decision.");
        Browser.screenshot(browser, "real-agent-terminal");
        assertFalse(ProcessTable.withEnvironment("GRD_SESSION_ID=" + sessionId).isEmpty());

        click(By.id("stop-session"));
        awaitText(By.id("session-status"), "stopped");
        assertEquals("stopped", endedSession(allowedServer, projectId, sessionId).getString("status"));
        Eventually.until(() -> ProcessTable.withEnvironment("GRD_SESSION_ID=" + sessionId).isEmpty(),
                "nothing the agent started runs on");
    }

    @Test
    void aReplayedSessionReadsAsItDidLive() throws Exception {
        Path checkout = checkout("replay");
        Path plan = checkout.resolve(".planning/phases/04-replay/04-01-PLAN.md");
        model.script(ScriptedModel.opening("plan-phase", "4"),
                Reply.text("Phase 4 has **one** plan.").thenTool("Bash", Json.createObjectBuilder()
                        .add("command", "mkdir -p " + plan.getParent()).add("description", "Make the phase folder")
                        .build()),
                writes(plan, "# Replay\n"), Reply.text("Planned phase 4."));
        String projectId = project(allowedServer, checkout);
        invoke(allowedServer, projectId, "plan-phase", "4");
        openPlanning(allowedServer, projectId);
        awaitText(By.id("session-status"), "completed");
        String live = browser.findElement(By.id("transcript")).getText();

        browser.navigate().refresh();
        awaitText(By.id("session-status"), "completed");
        awaitText(By.cssSelector("#transcript .entry.result"), "Done: Planned phase 4.");

        assertEquals(live, browser.findElement(By.id("transcript")).getText());
        assertTrue(live.contains("⚙ Bash: mkdir -p"), live);
        assertTrue(live.contains("⚙ Write .planning/phases/04-replay/04-01-PLAN.md ✓"), live);
        assertEquals(2, browser.findElements(By.cssSelector("#transcript .entry.tool.ok")).size());
        Browser.screenshot(browser, "real-agent-transcript");
    }

    @Test
    void aReplyTypedUnderTheAnswerContinuesTheAgentsConversation() throws Exception {
        Path checkout = checkout("reply");
        Path context = Files.createDirectories(checkout.resolve(".planning/phases/05-replay-the-log"))
                .resolve("05-CONTEXT.md");
        String opening = ScriptedModel.opening("add-phase", "Replay the log");
        model.script(opening, Reply.text("Should the new phase replay the log before or after Storage?"),
                writes(context, "# Phase 5\nAfter Storage\n"), Reply.text("Added phase 5 after Storage."));
        String projectId = project(allowedServer, checkout);
        String asked = invoke(allowedServer, projectId, "add-phase", "Replay the log");
        openPlanning(allowedServer, projectId);
        awaitText(By.cssSelector("#transcript .entry.result"), "Should the new phase replay the log before or after Storage?");

        new WebDriverWait(browser, Eventually.PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-text")))
                .sendKeys("After Storage");
        click(By.id("send-reply"));
        awaitText(By.id("session-thread"), "Answers add-phase Replay the log");
        awaitText(By.cssSelector("#transcript .entry.result"), "Added phase 5 after Storage.");

        assertEquals("# Phase 5\nAfter Storage\n", Files.readString(context));
        assertEquals(3, model.received(opening).size(), "the reply went on in the conversation add-phase began");
        assertEquals("After Storage", model.received(opening).get(1).lastUserText());
        List<Map<String, Object>> sessions = api(allowedServer).get("projects/" + projectId + "/sessions").then()
                .extract().path("sessions");
        Map<String, Object> reply = sessions.stream().filter(session -> asked.equals(session.get("parent_session_id")))
                .findFirst().orElseThrow();
        assertEquals("After Storage", reply.get("prompt"));
        assertEquals("completed", endedSession(allowedServer, projectId, (String) reply.get("id")).getString("status"));
        awaitText(By.cssSelector("#session-changes li.created"), "phases/05-replay-the-log/05-CONTEXT.md");
    }

    void click(By locator) {
        new WebDriverWait(browser, Eventually.PATIENCE).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    void awaitText(By locator, String text) {
        new WebDriverWait(browser, Eventually.PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }
}
