package org.grdplanner.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.grdplanner.testing.Browser;
import org.grdplanner.testing.Deployments;
import org.grdplanner.testing.FakeAgent;
import org.grdplanner.testing.Loopback;
import org.grdplanner.testing.ServerApi;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(ArquillianExtension.class)
class WebUiIT {

    private static final Duration PATIENCE = Duration.ofMinutes(1);
    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL deployed;

    @TempDir
    static Path workspace;

    @BeforeAll
    static void startBrowser() throws IOException {
        FakeAgent.install();
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    String app() {
        return Loopback.application(deployed).toString();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, PATIENCE);
    }

    Path plannedCheckout(String name) throws IOException {
        Path checkout = Files.createDirectories(workspace.resolve(name));
        Files.createDirectories(checkout.resolve(".planning"));
        Files.writeString(checkout.resolve(".planning/ROADMAP.md"), """
                # Roadmap: %s

                ### Phase 1: Setup
                **Goal**: Lay the foundation
                """.formatted(name));
        return checkout;
    }

    String projectViaApi(Path checkout) {
        return new ServerApi(deployed).createProject(checkout);
    }

    /**
     * Loads the projects page afresh and returns its name field: from a page of the same document only the hash would
     * change, and a form an earlier test typed into would keep its text.
     */
    WebElement openProjects() {
        browser.get("about:blank");
        browser.get(app() + "#/");
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("project-name")));
    }

    void openPlanning(String projectId) {
        browser.get(app() + "#/projects/" + projectId + "/planning");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("init-status")));
    }

    WebElement awaitText(By locator, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return browser.findElement(locator);
    }

    /** The roadmap re-renders whenever the project changes, so an element found a moment ago may be gone. */
    void click(By locator) {
        waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(locator).click();
            return true;
        });
    }

    /** Counts from now on the POSTs the page sends to API paths ending in {@code pathEnd}. */
    void countPosts(String pathEnd) {
        ((JavascriptExecutor) browser).executeScript("""
                const pathEnd = arguments[0];
                const send = window.fetch;
                window.postsSent = 0;
                window.fetch = (url, init) => {
                    if (init && init.method === 'POST' && String(url).endsWith(pathEnd)) {
                        window.postsSent++;
                    }
                    return send(url, init);
                };""", pathEnd);
    }

    long postsSent() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return window.postsSent;");
    }

    @Test
    void aDoubleClickOnCreateCreatesOneProject() throws IOException {
        Path checkout = Files.createDirectories(workspace.resolve("Twice"));
        String name = "Twice " + workspace.getFileName();
        openProjects().sendKeys(name);
        browser.findElement(By.id("project-path")).sendKeys(checkout.toString());
        countPosts("api/projects");

        new Actions(browser).doubleClick(browser.findElement(By.id("create-project-button"))).perform();

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.linkText(name)));
        assertEquals(1, postsSent());
        List<String> named = given().baseUri(app()).get("api/projects").then().statusCode(200)
                .extract().jsonPath().getList("projects.findAll { it.name == '" + name + "' }.id");
        assertEquals(1, named.size(), named::toString);
    }

    @Test
    void aDoubleClickOnACommandStartsOneSessionWithoutAnError() throws IOException {
        Path checkout = plannedCheckout("Eager");
        FakeAgent.hold(checkout);
        openPlanning(projectViaApi(checkout));
        countPosts("/planning/invoke");

        new Actions(browser).doubleClick(browser.findElement(By.xpath("//div[@data-phase='1']//button[text()='Plan']")))
                .perform();

        awaitText(By.id("transcript"), "Working on");
        assertEquals(1, postsSent());
        assertEquals("", browser.findElement(By.id("planning-error")).getText());
        FakeAgent.release(checkout);
        awaitText(By.id("session-status"), "completed");
        assertEquals(1, FakeAgent.runs(checkout).size());
    }

    void runToTheEnd(String projectId, String command) {
        String sessionId = given().baseUri(app()).contentType(ContentType.JSON)
                .body("{\"command\": \"" + command + "\", \"args\": [1]}")
                .post("api/projects/" + projectId + "/planning/invoke").then().statusCode(201)
                .extract().path("session_id");
        waiting().until(driver -> !"active".equals(given().baseUri(app())
                .get("api/projects/" + projectId + "/sessions/" + sessionId).then().extract().path("status")));
    }

    @Test
    void anEarlierSessionsTranscriptOpensFromTheSessionList() throws IOException {
        String projectId = projectViaApi(plannedCheckout("Chronicle"));
        runToTheEnd(projectId, "plan-phase");
        runToTheEnd(projectId, "list-phase-assumptions");
        openPlanning(projectId);
        awaitText(By.id("transcript"), "Working on list-phase-assumptions");

        Select sessions = new Select(browser.findElement(By.id("session-history")));
        List<String> listed = sessions.getOptions().stream().map(WebElement::getText).toList();
        assertEquals(2, listed.size(), listed::toString);
        assertTrue(listed.get(0).startsWith("list-phase-assumptions 1 · completed · "), listed::toString);
        assertTrue(listed.get(1).startsWith("plan-phase 1 · completed · "), listed::toString);
        sessions.selectByIndex(1);

        awaitText(By.id("transcript"), "Working on plan-phase");
        assertEquals(1, browser.findElements(By.cssSelector("#transcript .entry.message")).size());
        awaitText(By.id("session-status"), "completed /grd:plan-phase 1 · exit code 0");
    }

    @Test
    void aPageOpenOnAProjectDeletedElsewhereSaysSoAndStopsListening() throws IOException {
        String projectId = projectViaApi(plannedCheckout("Ephemeral"));
        openPlanning(projectId);

        given().baseUri(app()).delete("api/projects/" + projectId).then().statusCode(204);

        // the page hears project_deleted, or, had its stream not yet connected, finds the project gone
        waiting().until(ExpectedConditions.or(
                ExpectedConditions.textToBePresentInElementLocated(By.id("page-failure"), "Project Ephemeral was deleted."),
                ExpectedConditions.textToBePresentInElementLocated(By.id("page-failure"), "does not exist")));
        assertEquals("", browser.findElement(By.id("connection")).getText());
        assertEquals("Back to projects", browser.findElement(By.cssSelector("#view a[href='#/']")).getText());
    }

    @Test
    void anInvalidPathShowsTheApiErrorNextToTheField() {
        openProjects().sendKeys("Broken");
        browser.findElement(By.id("project-path")).sendKeys("relative/path");
        browser.findElement(By.id("create-project-button")).click();

        WebElement error = awaitText(By.cssSelector(".field-error[data-field='local_path']"), "absolute");
        assertEquals("local_path must be an absolute path, not 'relative/path'", error.getText());
        assertEquals("", browser.findElement(By.cssSelector(".field-error[data-field='name']")).getText());
    }

    @Test
    void anEmptyFormMarksEveryFieldItNeeds() {
        openProjects();
        browser.findElement(By.id("create-project-button")).click();

        assertEquals("local_path is required",
                awaitText(By.cssSelector(".field-error[data-field='local_path']"), "required").getText());
        assertEquals("name is required", browser.findElement(By.cssSelector(".field-error[data-field='name']")).getText());
        assertEquals("", browser.findElement(By.cssSelector("#create-project .form-error")).getText());
    }

    @Test
    void aProjectCreatedInThePageRunsAnAutonomousCommandAndItsRoadmapRefreshes() throws IOException {
        Path checkout = plannedCheckout("Atlas");
        FakeAgent.writePlan(checkout, "plan-phase", ".planning/phases/01-setup/01-01-PLAN.md");
        String name = "Atlas " + workspace.getFileName();
        openProjects().sendKeys(name);
        browser.findElement(By.id("project-path")).sendKeys(checkout.toString());
        browser.findElement(By.id("project-description")).sendKeys("Maps every road");
        browser.findElement(By.id("create-project-button")).click();
        click(By.linkText(name));

        awaitText(By.cssSelector(".phase[data-phase='1'] .badge"), "not started");
        WebElement header = browser.findElement(By.cssSelector(".project-head"));
        assertEquals(List.of("project-title", "init-status", "project-path", "project-summary"),
                header.findElements(By.xpath("./*")).stream().map(part -> part.getAttribute("id")).toList(),
                "a ready project's header has no Initialize button");
        assertEquals(checkout.toString(), header.findElement(By.id("project-path")).getText());
        assertEquals("Maps every road", header.findElement(By.id("project-summary")).getText());
        assertFalse(header.getText().contains("null"), header.getText());
        click(By.xpath("//div[@data-phase='1']//button[text()='Plan']"));

        awaitText(By.id("session-status"), "completed");
        WebElement transcript = browser.findElement(By.id("transcript"));
        assertEquals("plan-phase", transcript.findElement(By.cssSelector(".entry.message strong")).getText());
        assertEquals("Done: done · 0.0 s · $0.01 · 1 turn",
                transcript.findElement(By.cssSelector(".entry.result")).getText());
        awaitText(By.cssSelector(".phase[data-phase='1'] .badge"), "planned");
        awaitText(By.id("progress"), "0 of 1 plans done");
        Browser.screenshot(browser, "planning-page");
    }

    @Test
    void theCommandFormSendsWhatWasTypedAsWordsAndSaysWhatACommandDoes() throws IOException {
        Path checkout = plannedCheckout("Worded");
        openPlanning(projectViaApi(checkout));
        Select command = new Select(browser.findElement(By.id("command")));
        WebElement args = browser.findElement(By.id("command-args"));

        command.selectByValue("insert-phase");
        awaitText(By.id("command-description"), "Insert an urgent phase after another");
        awaitText(By.id("command-description"), "/grd:insert-phase <after phase number> <phase name and goal>");
        args.sendKeys("1 \"Cache the index\"");
        click(By.id("run-command"));
        awaitText(By.id("session-status"), "completed");

        command.selectByValue("plan-phase");
        args.clear();
        args.sendKeys("x");
        click(By.id("run-command"));
        awaitText(By.id("planning-error"), "plan-phase needs a phase number such as 2 or 2.1 first, not 'x'.");
        args.clear();
        args.sendKeys("1 --research-only");
        click(By.id("run-command"));
        waiting().until(driver -> FakeAgent.runs(checkout).size() == 2);
        awaitText(By.id("session-status"), "plan-phase 1 --research-only");
        awaitText(By.id("session-status"), "completed");

        assertEquals(List.of("/grd:insert-phase 1 Cache the index", "/grd:plan-phase 1 --research-only"),
                FakeAgent.runs(checkout).stream().map(run -> run.argv().get(run.argv().size() - 1)).toList());
    }

    @Test
    void initializationStartsFromTheDocumentTypedIntoItsForm() throws IOException {
        Path checkout = Files.createDirectories(workspace.resolve("Initialized/docs"));
        Files.writeString(checkout.resolve("IDEA.md"), "# The idea\n");
        openPlanning(projectViaApi(checkout.getParent()));

        browser.findElement(By.id("init-document")).sendKeys("docs/IDEA.md");
        click(By.id("initialize"));

        awaitText(By.id("init-status"), "ready");
        assertEquals("/grd:init --auto @docs/IDEA.md", FakeAgent.runs(checkout.getParent()).get(1).argv()
                .get(FakeAgent.runs(checkout.getParent()).get(1).argv().size() - 1));
    }

    @Test
    void theProgressLineCountsTheMilestoneShown() throws IOException {
        Path checkout = workspace.resolve("Milestones");
        Path fixture = Path.of("src/test/resources/roadmaps/realistic");
        try (var files = Files.walk(fixture)) {
            for (Path file : files.toList()) {
                Path copy = checkout.resolve(fixture.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        openPlanning(projectViaApi(checkout));

        awaitText(By.id("progress"), "0 of 5 phases complete · 1 of 3 plans done");
        new Select(browser.findElement(By.id("milestone"))).selectByVisibleText("v0.1.0 Prototype (shipped)");
        awaitText(By.id("progress"), "2 of 2 phases complete · 3 of 3 plans done");
    }

    @Test
    void anInteractiveCommandTakesTypedInput() throws IOException {
        Path checkout = plannedCheckout("Dialog");
        Files.createDirectories(checkout.resolve(".fake-agent"));
        Files.writeString(checkout.resolve(".fake-agent/ask"), "");
        openPlanning(projectViaApi(checkout));

        click(By.xpath("//div[@data-phase='1']//button[text()='Discuss']"));
        awaitText(By.cssSelector("#terminal .xterm-rows"), "Which phase first?");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#terminal .xterm-helper-textarea').focus()");
        new Actions(browser).sendKeys("phase two" + Keys.ENTER).perform();

        awaitText(By.cssSelector("#terminal .xterm-rows"), "you said: phase two");
        awaitText(By.id("session-status"), "completed");
    }

    @Test
    void aReloadMidSessionShowsTheOutputOnce() throws IOException {
        Path checkout = plannedCheckout("Reloaded");
        FakeAgent.hold(checkout);
        String projectId = projectViaApi(checkout);
        given().baseUri(app()).contentType(ContentType.JSON).body("{\"command\": \"plan-phase\", \"args\": [1]}")
                .post("api/projects/" + projectId + "/planning/invoke").then().statusCode(201);
        openPlanning(projectId);
        awaitText(By.id("transcript"), "Working on");

        browser.navigate().refresh();
        awaitText(By.id("transcript"), "Working on");
        assertTrue(browser.findElement(By.id("run-command")).getAttribute("disabled") != null,
                "commands are disabled while a session runs");
        FakeAgent.release(checkout);
        awaitText(By.id("session-status"), "completed");

        List<WebElement> messages = browser.findElements(By.cssSelector("#transcript .entry.message"));
        assertEquals(1, messages.size());
        browser.findElement(By.id("tab-terminal")).click();
        String terminal = browser.findElement(By.cssSelector("#terminal .xterm-rows")).getText();
        assertEquals(1, terminal.split("Working on", -1).length - 1, terminal);
        assertTrue(browser.findElement(By.id("run-command")).getAttribute("disabled") == null);
    }

    /** A checkout as GRD leaves it after planning phase 2: project, state, roadmap, the phase's context and plan. */
    Path plannedPhase(String name) throws IOException {
        Path checkout = Files.createDirectories(workspace.resolve(name));
        Path phase = Files.createDirectories(checkout.resolve(".planning/phases/02-cache-the-index"));
        Files.writeString(checkout.resolve(".planning/PROJECT.md"), """
                # Atlas

                ## What This Is

                A road atlas that answers lookups in milliseconds.
                """);
        Files.writeString(checkout.resolve(".planning/STATE.md"), """
                # Project State

                ## Current Position

                Phase: 2 of 3 (Cache the index)
                Plan: 1 of 1 in current phase
                Status: Ready to execute
                """);
        Files.writeString(checkout.resolve(".planning/ROADMAP.md"), """
                # Roadmap: Atlas

                ## v0.1 Index

                ### Phase 1: Setup
                **Goal**: Lay the foundation

                ### Phase 2: Cache the index
                **Goal**: Answer lookups from memory
                **Depends on**: Phase 1
                """);
        Files.writeString(phase.resolve("02-CONTEXT.md"), "# Phase 2 context\n\nThe cache must survive restarts.\n");
        Files.writeString(phase.resolve("02-01-PLAN.md"), """
                ---
                phase: 02-cache-the-index
                plan: 01
                type: execute
                wave: 1
                depends_on: ["01-01"]
                files_modified: [src/cache.ts, src/lookup.ts]
                autonomous: true
                must_haves:
                  truths: ["A repeated lookup is answered from memory"]
                  artifacts:
                    - path: src/cache.ts
                      provides: the LRU cache
                ---

                <objective>
                Put an LRU cache in front of the index.

                Purpose: lookups in milliseconds.
                </objective>

                <tasks>
                <task type="auto">
                  <name>Task 1: Add the cache</name>
                  <action>Wrap the index in an LRU cache.</action>
                </task>
                </tasks>
                """);
        return checkout;
    }

    @Test
    void aPlanOpensWithItsHeaderItsObjectiveAndItsMustHaves() throws IOException {
        openPlanning(projectViaApi(plannedPhase("Opened")));

        awaitText(By.id("position"), "2 of 3 (Cache the index)");
        awaitText(By.id("project-what"), "A road atlas that answers lookups in milliseconds.");
        awaitText(By.cssSelector(".phase[data-phase='2'] .depends"), "Depends on Phase 1");
        click(By.cssSelector(".plans [data-document='phases/02-cache-the-index/02-01-PLAN.md']"));

        WebElement dialog = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("document-view")));
        awaitText(By.id("document-front-matter"), "Wave 1 · Depends on 01-01 · Autonomous");
        assertTrue(dialog.findElement(By.id("document-front-matter")).getText().contains("src/cache.ts"));
        awaitText(By.id("must-haves"), "A repeated lookup is answered from memory");
        awaitText(By.id("must-haves"), "src/cache.ts provides the LRU cache");
        WebElement body = dialog.findElement(By.id("document-body"));
        assertEquals("Objective", body.findElement(By.tagName("h4")).getText());
        assertTrue(body.getText().contains("Put an LRU cache in front of the index."), body.getText());
        Browser.screenshot(browser, "plan-open");

        click(By.cssSelector("#document-view .siblings [data-document='phases/02-cache-the-index/02-CONTEXT.md']"));
        awaitText(By.id("document-body"), "The cache must survive restarts.");
        click(By.id("close-document"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("document-view")));
    }

    @Test
    void aSessionsNewPlanIsInItsChangesWithItsDiffAndItsCost() throws IOException {
        Path checkout = plannedPhase("Changed");
        FakeAgent.writePlan(checkout, "plan-phase", ".planning/phases/01-setup/01-01-PLAN.md");
        openPlanning(projectViaApi(checkout));

        click(By.xpath("//div[@data-phase='1']//button[text()='Plan']"));
        awaitText(By.id("session-status"), "completed");
        By created = By.cssSelector("#session-changes li.created[data-path='phases/01-setup/01-01-PLAN.md']");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(created));
        awaitText(By.id("session-result"), "$0.0100 · 1 turn · 0.0 s");
        awaitText(By.id("session-totals"), "This project so far: $0.0100 · 1 turn");
        click(By.cssSelector("#session-changes li.created button.link:not(.open-document)"));

        awaitText(By.id("diff-title"), "created: .planning/phases/01-setup/01-01-PLAN.md");
        awaitText(By.id("diff"), "+# Plan written by plan-phase");
        assertEquals("+# Plan written by plan-phase", browser.findElement(By.cssSelector("#diff .add")).getText());
        click(By.id("close-diff"));
        click(By.cssSelector("#session-changes li.created .open-document"));
        awaitText(By.id("document-title"), "phases/01-setup/01-01-PLAN.md");
        awaitText(By.id("document-body"), "Plan written by plan-phase");
    }

    @Test
    void aCommandsArgumentsAreFieldsThatWriteItsArgumentLine() throws IOException {
        openPlanning(projectViaApi(plannedPhase("Fields")));
        new Select(browser.findElement(By.id("command"))).selectByValue("plan-phase");

        WebElement phase = waiting().until(driver -> driver.findElement(
                By.cssSelector("#command-fields select[data-field='phase'] option[value='2']")));
        assertEquals("2: Cache the index", phase.getText());
        new Select(browser.findElement(By.cssSelector("#command-fields select[data-field='phase']"))).selectByValue("2");
        click(By.cssSelector("#command-fields input[data-flag='--research-only']"));
        assertEquals("2 --research-only", browser.findElement(By.id("command-args")).getAttribute("value"));

        new Select(browser.findElement(By.id("command"))).selectByValue("add-phase");
        browser.findElement(By.cssSelector("#command-fields input[data-field='text']")).sendKeys("Keep \"hot\" keys");
        assertEquals("\"Keep \\\"hot\\\" keys\"", browser.findElement(By.id("command-args")).getAttribute("value"));
    }
}
