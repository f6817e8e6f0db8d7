package org.grdplanner.sessions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grdplanner.testing.Deployments;
import org.grdplanner.testing.Eventually;
import org.grdplanner.testing.FakeAgent;
import org.grdplanner.testing.ItDatabase;
import org.grdplanner.testing.Loopback;
import org.grdplanner.testing.ProcessTable;
import org.grdplanner.testing.SseClient;
import org.grdplanner.testing.ServerApi;
import org.grdplanner.testing.SseEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    private static final Path SCRIPTS = Path.of("src/test/scripts").toAbsolutePath();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWarWithTestEndpoints();
    }

    @ArquillianResource
    URL deployed;

    @TempDir
    static Path checkout;

    static String projectId;

    @BeforeAll
    static void noProjectYet() throws IOException {
        projectId = null;
        FakeAgent.install();
    }

    RequestSpecification api() {
        return new ServerApi(deployed).request();
    }

    String project() {
        if (projectId == null) {
            projectId = new ServerApi(deployed).createProject("sessions", checkout);
        }
        return projectId;
    }

    String sessions() {
        return "projects/" + project() + "/sessions/";
    }

    String launch(List<String> argv) {
        return launch(argv, Map.of(), null);
    }

    String launch(List<String> argv, Map<String, String> env, Integer idleTimeoutSeconds) {
        JsonArrayBuilder args = Json.createArrayBuilder();
        argv.forEach(args::add);
        JsonObjectBuilder environment = Json.createObjectBuilder();
        env.forEach(environment::add);
        JsonObjectBuilder request = Json.createObjectBuilder()
                .add("project_id", project()).add("argv", args).add("cwd", checkout.toString()).add("env", environment);
        if (idleTimeoutSeconds != null) {
            request.add("idle_timeout_seconds", idleTimeoutSeconds);
        }
        return api().contentType(ContentType.JSON).body(request.build().toString())
                .post("test/sessions").then().statusCode(201).extract().path("session_id");
    }

    static String script(String name) {
        return SCRIPTS.resolve(name).toString();
    }

    JsonPath awaitEnd(String sessionId) throws InterruptedException {
        return new ServerApi(deployed).endedSession(project(), sessionId);
    }

    void awaitOutput(String sessionId, String expected) throws InterruptedException {
        Eventually.until(() -> transcriptText(sessionId).contains(expected), sessionId + " printed " + expected);
    }

    URI stream(String sessionId) {
        return Loopback.application(deployed).resolve("api/" + sessions() + sessionId + "/stream");
    }

    static String transcriptText(String sessionId) {
        try {
            return Files.readString(ItDatabase.dataDirectory().resolve("sessions").resolve(sessionId + ".log"));
        } catch (IOException e) {
            return "";
        }
    }

    /** The text of the output events, checking that each starts where the one before it ended. */
    static String outputOf(List<SseEvent> events, long from) {
        StringBuilder text = new StringBuilder();
        long position = from;
        for (SseEvent event : events) {
            if ("output".equals(event.name())) {
                assertEquals(position, event.json().getJsonNumber("offset").longValue(), "gap or overlap");
                text.append(event.json().getString("data"));
                position = Long.parseLong(event.id());
            }
        }
        return text.toString();
    }

    static String expectedUtf8ScriptOutput() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            text.append(String.format("line %03d: grüße, €uro, 日本語, emoji 😀 — done\r\n", i));
        }
        return text.toString();
    }

    @Test
    void outputArrivesCompleteInOrderOnceAndResumesFromAnyOffset() throws Exception {
        String id = launch(List.of(script("utf8.sh")));
        String expected = expectedUtf8ScriptOutput();

        List<SseEvent> live = SseClient.readAll(stream(id), null, Eventually.PATIENCE);

        assertEquals(expected, outputOf(live, 0));
        SseEvent complete = live.get(live.size() - 1);
        assertTrue(complete.isComplete());
        assertEquals("completed", complete.json().getString("status"));
        assertEquals(0, complete.json().getInt("exit_code"));
        assertEquals(expected, transcriptText(id));
        assertEquals(expected.getBytes(StandardCharsets.UTF_8).length,
                awaitEnd(id).getLong("output_bytes"));

        byte[] all = expected.getBytes(StandardCharsets.UTF_8);
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                lineStarts.add(i + 1);
            }
        }
        for (int resumeAt : List.of(0, lineStarts.get(1), lineStarts.get(100), lineStarts.get(199), all.length)) {
            String rest = new String(all, resumeAt, all.length - resumeAt, StandardCharsets.UTF_8);
            List<SseEvent> resumed = SseClient.readAll(stream(id), Integer.toString(resumeAt), Eventually.PATIENCE);
            assertEquals(rest, outputOf(resumed, resumeAt), "resumed at " + resumeAt);
            assertTrue(resumed.get(resumed.size() - 1).isComplete());
            List<SseEvent> byQuery = SseClient.readAll(URI.create(stream(id) + "?from=" + resumeAt), null, Eventually.PATIENCE);
            assertEquals(rest, outputOf(byQuery, resumeAt), "from=" + resumeAt);
        }
    }

    @Test
    void outputPagesNeverSplitACharacter() throws Exception {
        String id = launch(List.of(script("utf8.sh")));
        awaitEnd(id);
        StringBuilder text = new StringBuilder();
        long offset = 0;
        boolean complete = false;
        while (!complete) {
            JsonPath page = api().queryParam("offset", offset).queryParam("limit", 7)
                    .get(sessions() + id + "/output").then().statusCode(200).extract().jsonPath();
            assertEquals(offset, page.getLong("offset"));
            assertFalse(page.getString("data").contains("\uFFFD"));
            text.append(page.getString("data"));
            offset = page.getLong("next_offset");
            complete = page.getBoolean("complete");
        }
        assertEquals(expectedUtf8ScriptOutput(), text.toString());
        api().queryParam("limit", 2).get(sessions() + id + "/output").then().statusCode(400)
                .body("field", equalTo("limit"));
    }

    @Test
    void aFloodReachesAReadingClientWhileAStalledClientIsEndedAndResumesWithoutLoss() throws Exception {
        int floodBytes = 64 * 1024 * 1024;
        long heapBefore = api().get("test/heap").then().extract().jsonPath().getLong("used_bytes");
        String id = launch(List.of(script("flood.sh"), Integer.toString(floodBytes)));
        SseClient.Stalled stalled = SseClient.stalled(stream(id));
        var reading = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return SseClient.readUntilComplete(stream(id), Duration.ofMinutes(5));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        long started = System.nanoTime();
        api().contentType(ContentType.JSON).body("{\"text\": \"go\\n\"}").post(sessions() + id + "/input")
                .then().statusCode(202);

        List<SseEvent> events = reading.get(5, java.util.concurrent.TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        String transcript = transcriptText(id);
        long heapAfter = api().get("test/heap").then().extract().jsonPath().getLong("used_bytes");

        assertEquals(transcript, outputOf(events, 0));
        assertTrue(events.get(events.size() - 1).isComplete());
        assertTrue(transcript.getBytes(StandardCharsets.UTF_8).length > floodBytes, "the flood was written");
        assertTrue(heapAfter - heapBefore < floodBytes / 2,
                "heap grew by " + (heapAfter - heapBefore) + " bytes during a " + floodBytes + " byte flood");

        List<SseEvent> cut = stalled.resumeAndReadToEnd(Eventually.PATIENCE);
        assertFalse(cut.stream().anyMatch(SseEvent::isComplete), "the stalled client's stream was ended early");
        String lastId = cut.stream().filter(e -> e.id() != null).reduce((a, b) -> b).map(SseEvent::id).orElse("0");
        List<SseEvent> rest = SseClient.readAll(stream(id), lastId, Eventually.PATIENCE);
        assertEquals(transcript, outputOf(cut, 0) + outputOf(rest, Long.parseLong(lastId)));

        double mib = transcript.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        double direct = mib / directPtyReadSeconds(floodBytes);
        System.out.printf("flood: %.1f MiB through SSE at %.1f MiB/s; read straight from a PTY: %.1f MiB/s; ratio %.2f%n",
                mib, mib / seconds, direct, (mib / seconds) / direct);
    }

    private static double directPtyReadSeconds(int floodBytes) throws Exception {
        PtyProcess process = new PtyProcessBuilder(new String[] {script("flood.sh"), Integer.toString(floodBytes)})
                .setEnvironment(Map.of("PATH", System.getenv("PATH"), "TERM", "xterm-256color"))
                .start();
        long started = System.nanoTime();
        process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream output = process.getInputStream()) {
            while (output.read(buffer) >= 0) {
                continue;
            }
        } catch (IOException endOfPty) {
            // the PTY reports its end as an error once the program has exited
        }
        process.waitFor();
        return (System.nanoTime() - started) / 1e9;
    }

    @Test
    void inputReachesTheProgramAndComesBack() throws Exception {
        String id = launch(List.of("cat"));

        api().contentType(ContentType.JSON).body("{\"text\": \"hello through the pty ü\\n\"}")
                .post(sessions() + id + "/input").then().statusCode(202).body("bytes", equalTo(25));
        awaitOutput(id, "hello through the pty ü\r\nhello through the pty ü\r\n");

        api().contentType(ContentType.JSON).body("{\"text\": \"\\u0003\"}")
                .post(sessions() + id + "/input").then().statusCode(202);
        JsonPath ended = awaitEnd(id);
        assertEquals("failed", ended.getString("status"));
        api().contentType(ContentType.JSON).body("{\"text\": \"late\"}")
                .post(sessions() + id + "/input").then().statusCode(409).body("code", equalTo("CONFLICT"));
    }

    @Test
    void inputTheAgentDoesNotReadIsAConflictNotAStuckRequest() {
        String id = launch(List.of("sleep", "60"));
        String lines = ("x".repeat(127) + "\\n").repeat(512);

        api().contentType(ContentType.JSON).body("{\"text\": \"" + lines + "\"}")
                .post(sessions() + id + "/input").then().statusCode(409).body("code", equalTo("CONFLICT"))
                .body("error", matchesPattern("Session .* did not take the input: the agent took \\d+ of 65536 bytes"
                        + " and has read no more for 5 s\\."));
        api().post(sessions() + id + "/stop").then().statusCode(200);
    }

    @Test
    void oversizedOrMissingInputIsRefused() throws Exception {
        String id = launch(List.of("cat"));
        String tooLong = "x".repeat(64 * 1024 + 1);

        api().contentType(ContentType.JSON).body("{\"text\": \"" + tooLong + "\"}")
                .post(sessions() + id + "/input").then().statusCode(400).body("field", equalTo("text"));
        api().contentType(ContentType.JSON).body("{}")
                .post(sessions() + id + "/input").then().statusCode(400).body("field", equalTo("text"));
        api().contentType(ContentType.JSON).body("{\"text\": 5}")
                .post(sessions() + id + "/input").then().statusCode(400).body("error", equalTo("text must be a string"));
        api().contentType(ContentType.JSON).body("{\"text\": \"x\\n\", \"txt\": \"y\"}")
                .post(sessions() + id + "/input").then().statusCode(400).body("field", equalTo("txt"))
                .body("error", equalTo("Unknown field txt; an input's fields are text."));
        assertEquals("", transcriptText(id));
        api().post(sessions() + id + "/stop").then().statusCode(200);
    }

    @Test
    void theAgentLeadsItsOwnSessionOnItsTerminal() throws Exception {
        String id = launch(List.of(script("terminal-report.sh")));

        assertEquals("completed", awaitEnd(id).getString("status"));
        String report = transcriptText(id);
        Matcher started = Pattern.compile("pid (\\d+) group (\\d+) session (\\d+)").matcher(report);
        assertTrue(started.find(), report);
        assertEquals(started.group(1), started.group(2), report);
        assertEquals(started.group(1), started.group(3), report);
        assertTrue(report.contains("terminal /dev/pts/"), report);
        assertTrue(report.contains("size 40 120"), report);
    }

    @Test
    void resizeReachesTheProgram() throws Exception {
        String id = launch(List.of(script("size-after-input.sh")));

        api().contentType(ContentType.JSON).body("{\"cols\": 132, \"rows\": 43}")
                .post(sessions() + id + "/resize").then().statusCode(200).body("cols", equalTo(132));
        for (String badSize : List.of("{\"cols\": 0, \"rows\": 43}", "{\"cols\": \"80\", \"rows\": 43}",
                "{\"cols\": 80.5, \"rows\": 43}", "{\"rows\": 43}", "{\"cols\": 1001, \"rows\": 43}")) {
            api().contentType(ContentType.JSON).body(badSize).post(sessions() + id + "/resize").then().statusCode(400)
                    .body("field", equalTo("cols")).body("error", equalTo("cols must be a whole number from 1 to 1000"));
        }
        api().contentType(ContentType.JSON).body("{\"cols\": 80, \"rows\": 24, \"width\": 9}")
                .post(sessions() + id + "/resize").then().statusCode(400).body("field", equalTo("width"));
        api().contentType(ContentType.JSON).body("{\"text\": \"\\n\"}").post(sessions() + id + "/input");

        assertEquals("completed", awaitEnd(id).getString("status"));
        assertTrue(transcriptText(id).contains("size: 43 132"), transcriptText(id));
    }

    @Test
    void stopEndsAProgramThatIgnoresSigtermWithItsChildren() throws Exception {
        String id = launch(List.of(script("trap-and-fork.sh")));
        awaitOutput(id, "ready");
        Matcher children = Pattern.compile("children (\\d+) (\\d+)").matcher(transcriptText(id));
        assertTrue(children.find());
        long pid = Long.parseLong(ItDatabase.rows("project_sessions").stream()
                .filter(row -> row.startsWith("id=" + id + ";")).findFirst().orElseThrow()
                .replaceAll(".*;pid=(\\d+);.*", "$1"));
        assertTrue(ProcessTable.membersOfGroup(pid).size() >= 3, "the script and its two children run");

        api().post(sessions() + id + "/stop").then().statusCode(200)
                .body("status", equalTo("stopped"))
                .body("ended_at", org.hamcrest.Matchers.notNullValue());

        awaitNoMembers(pid);
        assertFalse(ProcessTable.isRunning(Long.parseLong(children.group(1))));
        assertFalse(ProcessTable.isRunning(Long.parseLong(children.group(2))));
        api().post(sessions() + id + "/stop").then().statusCode(409).body("code", equalTo("CONFLICT"));
    }

    private static void awaitNoMembers(long processGroup) throws InterruptedException {
        Eventually.until(() -> ProcessTable.membersOfGroup(processGroup).isEmpty(),
                "process group " + processGroup + " has no members");
    }

    @Test
    void exitCodesDecideTheStatus() throws Exception {
        String ok = launch(List.of(script("exit-with.sh"), "0"));
        String bad = launch(List.of(script("exit-with.sh"), "3"));

        JsonPath completed = awaitEnd(ok);
        JsonPath failed = awaitEnd(bad);

        assertEquals("completed", completed.getString("status"));
        assertEquals(0, completed.getInt("exit_code"));
        assertEquals("failed", failed.getString("status"));
        assertEquals(3, failed.getInt("exit_code"));
        List<SseEvent> replay = SseClient.readAll(stream(bad), null, Eventually.PATIENCE);
        assertEquals("exiting with 3\r\n", outputOf(replay, 0));
        assertEquals(3, replay.get(replay.size() - 1).json().getInt("exit_code"));
    }

    @Test
    void aMissingExecutableFailsWithAReason() throws Exception {
        String id = launch(List.of("/nonexistent/agent-cli", "-p"));

        JsonPath session = awaitEnd(id);

        assertEquals("failed", session.getString("status"));
        assertEquals("Executable '/nonexistent/agent-cli' was not found or is not executable.",
                session.getString("failure_reason"));
        assertNull(session.get("exit_code"));
        assertTrue(transcriptText(id).contains("not found"));
    }

    @Test
    void idleSessionsTimeOut() throws Exception {
        String id = launch(List.of("sleep", "1000"), Map.of(), 1);

        JsonPath session = awaitEnd(id);

        assertEquals("timed_out", session.getString("status"));
    }

    @Test
    void theSessionLimitRefusesAndStartsNothing() throws Exception {
        List<String> started = new ArrayList<>();
        int status;
        do {
            JsonPath before = api().get(sessions()).then().extract().jsonPath();
            var response = api().contentType(ContentType.JSON).body(Json.createObjectBuilder()
                    .add("project_id", project()).add("argv", Json.createArrayBuilder().add("sleep").add("1000"))
                    .add("cwd", checkout.toString()).add("env", Json.createObjectBuilder()).build().toString())
                    .post("test/sessions");
            status = response.statusCode();
            if (status == 201) {
                started.add(response.jsonPath().getString("session_id"));
            } else {
                response.then().statusCode(429).body("code", equalTo("TOO_MANY_SESSIONS"))
                        .body("error", containsString("64"));
                assertEquals(before.getInt("total_count"), api().get(sessions()).then().extract().jsonPath()
                        .getInt("total_count"));
            }
        } while (status == 201 && started.size() <= 64);

        assertEquals(429, status);
        assertTrue(started.size() >= 60, "started " + started.size() + " sessions before the limit");
        for (String id : started) {
            assertEquals("active", api().get(sessions() + id).then().extract().path("status"));
        }
        started.forEach(id -> api().post(sessions() + id + "/stop").then().statusCode(200)
                .body("status", equalTo("stopped")));
    }

    @Test
    void theEndOfEverySessionIsAnnouncedOnce() throws Exception {
        String ok = launch(List.of(script("exit-with.sh"), "0"));
        String bad = launch(List.of(script("exit-with.sh"), "5"));
        awaitEnd(ok);
        awaitEnd(bad);

        Predicate<JsonPath> bothSeen = endings -> endings.getList("session_id").containsAll(List.of(ok, bad));
        JsonPath endings = api().get("test/endings").then().extract().jsonPath();
        for (int i = 0; i < 100 && !bothSeen.test(endings); i++) {
            Thread.sleep(50);
            endings = api().get("test/endings").then().extract().jsonPath();
        }
        List<Map<String, Object>> all = endings.getList("$");
        assertEquals(List.of(Map.of("session_id", ok, "project_id", project(), "status", "completed", "exit_code", 0)),
                all.stream().filter(e -> ok.equals(e.get("session_id"))).toList());
        assertEquals(List.of(Map.of("session_id", bad, "project_id", project(), "status", "failed", "exit_code", 5)),
                all.stream().filter(e -> bad.equals(e.get("session_id"))).toList());
    }

    @Test
    void aProjectWithAnActiveSessionCannotBeDeleted() throws Exception {
        String id = launch(List.of("sleep", "1000"));

        api().delete("projects/" + project()).then().statusCode(409)
                .body("code", equalTo("CONFLICT"))
                .body("error", containsString("has an active session"));
        api().post(sessions() + id + "/stop").then().statusCode(200);
        api().get("projects/" + project()).then().statusCode(200);
    }

    @Test
    void positionsThatAreNotWholeNumbersAreBadRequestsNamingTheParameter() throws Exception {
        String id = launch(List.of(script("utf8.sh")));
        awaitEnd(id);

        api().queryParam("offset", "abc").get(sessions() + id + "/output").then().statusCode(400)
                .body("code", equalTo("BAD_REQUEST")).body("field", equalTo("offset"))
                .body("error", equalTo("offset must be a whole number, 0 or more, not 'abc'"));
        api().queryParam("offset", -1).get(sessions() + id + "/output").then().statusCode(400)
                .body("field", equalTo("offset"));
        api().queryParam("limit", "99999999999").get(sessions() + id + "/output").then().statusCode(400)
                .body("field", equalTo("limit"))
                .body("error", equalTo("limit must be a whole number from 4 to 1048576, not '99999999999'"));
        api().queryParam("from", "start").get(sessions() + id + "/stream").then().statusCode(400)
                .contentType(ContentType.JSON).body("field", equalTo("from"));
        api().queryParam("from", -5).get(sessions() + id + "/stream").then().statusCode(400)
                .body("field", equalTo("from"));
        api().header("Last-Event-ID", "abc").get(sessions() + id + "/stream").then().statusCode(400)
                .body("field", equalTo("Last-Event-ID"));
    }

    @Test
    void unknownSessionsAreNotFound() {
        api().get(sessions() + "psess-00000000").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        api().get("projects/proj-00000000/sessions").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        api().post(sessions() + "psess-00000000/stop").then().statusCode(404);
        api().get(sessions()).then().statusCode(200).body("sessions.find { it.id == 'psess-00000000' }", nullValue());
    }

    String metrics() {
        return given().baseUri(Loopback.server(deployed).toString()).accept("text/plain")
                .get("metrics?scope=application").then().statusCode(200).extract().asString();
    }

    /** The sum of the Prometheus samples of {@code name} whose labels include every one of {@code labels}. */
    static double metric(String metrics, String name, String... labels) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void metricsAndHealthFollowTheSessions() throws Exception {
        double startedBefore = metric(metrics(), "grd_sessions_started_total");
        double completedBefore = metric(metrics(), "grd_sessions_ended_total", "status=\"completed\"");
        String id = launch(List.of(script("size-after-input.sh")));

        String during = metrics();
        assertTrue(metric(during, "grd_sessions_active") >= 1, during);
        assertEquals(startedBefore + 1, metric(during, "grd_sessions_started_total"));
        api().contentType(ContentType.JSON).body("{\"text\": \"\\n\"}").post(sessions() + id + "/input");
        assertEquals("completed", awaitEnd(id).getString("status"));
        SseClient.readAll(stream(id), null, Eventually.PATIENCE);

        String after = metrics();
        assertEquals(completedBefore + 1, metric(after, "grd_sessions_ended_total", "status=\"completed\""));
        assertTrue(metric(after, "grd_output_streamed_bytes_total") > 0, after);
        given().baseUri(Loopback.server(deployed).toString()).get("health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'pty' }.status", equalTo("UP"));
        given().baseUri(Loopback.server(deployed).toString()).get("health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void theMBeanListsPlanningSessionsAndStopsThem() throws Exception {
        FakeAgent.hold(checkout);
        String planned = api().contentType(ContentType.JSON).body("{\"command\": \"map-codebase\"}")
                .post("projects/" + project() + "/planning/invoke").then().statusCode(201).extract().path("session_id");
        try {
            api().get("test/management").then().statusCode(200)
                    .body("active_planning_sessions", org.hamcrest.Matchers.hasItem(project() + "=" + planned));
            String invocations = metrics();
            assertTrue(metric(invocations, "grd_planning_invocations_total", "command=\"map-codebase\"", "result=\"started\"") >= 1,
                    invocations);
            assertTrue(metric(invocations, "grd_planning_sessions_active") >= 1, invocations);

            api().post("test/management/stop/" + planned).then().statusCode(200)
                    .body("answer", equalTo("Stopping " + planned + " of project " + project()));
            assertEquals("stopped", awaitEnd(planned).getString("status"));
        } finally {
            FakeAgent.release(checkout);
        }
    }
}
