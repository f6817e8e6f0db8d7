package org.grdplanner.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.grdplanner.testing.ClusterNode;
import org.grdplanner.testing.Eventually;
import org.grdplanner.testing.FakeAgent;
import org.grdplanner.testing.Loopback;
import org.grdplanner.testing.ProcessTable;
import org.grdplanner.testing.ServerApi;
import org.grdplanner.testing.SseClient;
import org.grdplanner.testing.SseEvent;
import org.grdplanner.testing.Storm;
import org.grdplanner.testing.ThrowawayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes on loopback sharing a throwaway PostgreSQL and Payara's Data Grid, as README's "Run a
 * cluster" starts them. The last test kills node A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path WORK = Path.of("target/it-cluster").toAbsolutePath();
    private static final String PLAN_PHASE = "{\"command\": \"plan-phase\", \"args\": [2]}";
    /** Interactive: the agent's own terminal asks, and the person types the answer. */
    private static final String DISCUSS_PHASE = "{\"command\": \"discuss-phase\", \"args\": [2]}";
    private static final Duration NODE_LOSS_LIMIT = Duration.ofSeconds(30);

    private static ThrowawayPostgres database;
    private static ClusterNode nodeA;
    private static ClusterNode nodeB;
    private static ServerApi a;
    private static ServerApi b;

    @BeforeAll
    static void startCluster() throws Exception {
        FakeAgent.install();
        Files.createDirectories(WORK);
        database = ThrowawayPostgres.start(WORK.resolve("postgres"), "it_cluster");
        int gridA = Loopback.freePort();
        int gridB = Loopback.freePort();
        String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        nodeA = ClusterNode.start(WORK, "a", gridA, members, database.url("it_cluster"));
        nodeB = ClusterNode.start(WORK, "b", gridB, members, database.url("it_cluster"));
        nodeA.awaitReady();
        nodeB.awaitReady();
        a = nodeA.api();
        b = nodeB.api();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {nodeA, nodeB, database}) {
            if (running != null) {
                running.close();
            }
        }
    }

    @Test
    @Order(1)
    void aStormOfInvokesOverBothNodesStartsOneSessionAndOneAgent() throws Exception {
        Path checkout = checkout("storm");
        FakeAgent.hold(checkout);
        String project = a.createProject(checkout);

        List<Response> answers = Storm.of(40, i -> (i % 2 == 0 ? a : b).request().contentType(ContentType.JSON)
                .body(PLAN_PHASE).post("projects/" + project + "/planning/invoke"));

        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 39L), statuses);
        String session = answers.stream().filter(answer -> answer.statusCode() == 201).findFirst().orElseThrow()
                .path("session_id");
        answers.stream().filter(answer -> answer.statusCode() == 409)
                .forEach(refused -> assertEquals(session, refused.path("session_id")));
        for (ServerApi node : List.of(a, b)) {
            node.request().get("projects/" + project + "/planning/status").then().statusCode(200)
                    .body("active_session_id", equalTo(session));
        }
        FakeAgent.release(checkout);
        assertEquals("completed", b.endedSession(project, session).getString("status"));
        assertEquals(1, FakeAgent.runs(checkout).size());
    }

    @Test
    @Order(2)
    void aSessionOnOneNodeIsStreamedAnsweredRepliedToAndStoppedThroughTheOther() throws Exception {
        Path checkout = checkout("relay");
        Files.writeString(checkout.resolve(".fake-agent/ask"), "");
        FakeAgent.writePlan(checkout, "discuss-phase", ".planning/phases/02-relay/02-CONTEXT.md");
        String project = a.createProject(checkout);
        String sessions = "projects/" + project + "/sessions/";

        try (SseClient.Listening pageOnB = SseClient.listen(b.uri("api/projects/" + project + "/events"))) {
            String session = invoke(a, project, DISCUSS_PHASE);
            CompletableFuture<List<SseEvent>> streamedByB = CompletableFuture.supplyAsync(() -> {
                try {
                    return SseClient.readUntilComplete(b.uri("api/" + sessions + session + "/stream"),
                            Duration.ofMinutes(1));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Eventually.until(() -> b.request().get(sessions + session + "/output").then().statusCode(200)
                    .extract().<String>path("data").contains("Which phase first?"), "the question, read through B");
            b.request().contentType(ContentType.JSON).body("{\"cols\": 100, \"rows\": 30}")
                    .post(sessions + session + "/resize").then().statusCode(200);
            b.request().contentType(ContentType.JSON).body("{\"txt\": \"2\\r\"}")
                    .post(sessions + session + "/input").then().statusCode(400)
                    .body("error", containsString("Unknown field txt"));
            b.request().contentType(ContentType.JSON).body("{\"text\": \"2\\r\"}")
                    .post(sessions + session + "/input").then().statusCode(202);

            List<SseEvent> events = streamedByB.get();
            String throughB = events.stream().filter(event -> "output".equals(event.name()))
                    .map(event -> event.json().getString("data")).collect(Collectors.joining());
            String atA = a.request().queryParam("limit", 1024 * 1024).get(sessions + session + "/output")
                    .then().statusCode(200).extract().path("data");
            assertEquals(atA, throughB);
            assertTrue(throughB.contains("you said: 2"), throughB);
            assertEquals("completed", events.get(events.size() - 1).json().getString("status"));
            b.request().get(sessions + session + "/changes").then().statusCode(200)
                    .body("created", equalTo(List.of("phases/02-relay/02-CONTEXT.md")));
            pageOnB.awaitEvent(event -> "session_started".equals(event.name())
                    && event.data().contains(session), Duration.ofSeconds(30));
            pageOnB.awaitEvent(event -> "session_ended".equals(event.name())
                    && event.data().contains(session), Duration.ofSeconds(30));

            Files.delete(checkout.resolve(".fake-agent/ask"));
            String planned = invoke(a, project);
            assertEquals("completed", b.endedSession(project, planned).getString("status"));
            String reply = b.request().contentType(ContentType.JSON).body("{\"text\": \"Phase 2 first\"}")
                    .post(sessions + planned + "/reply").then().statusCode(201).extract().path("session_id");
            assertEquals("completed", b.endedSession(project, reply).getString("status"));
            assertTrue(Files.exists(WORK.resolve("data-a/sessions/" + reply + ".log")),
                    "the reply ran on node A, where the conversation it resumes is");

            FakeAgent.hold(checkout);
            String held = invoke(a, project);
            b.request().post(sessions + held + "/stop").then().statusCode(200)
                    .body("status", equalTo("stopped"));
            a.request().get(sessions + held).then().body("status", equalTo("stopped"));
        }
    }

    @Test
    @Order(3)
    void whenANodeIsKilledTheOtherInterruptsItsSessionsAndTakesItsProjects() throws Exception {
        Path checkout = checkout("failover");
        FakeAgent.hold(checkout);
        String project = b.createProject(checkout);
        String session = invoke(a, project);
        String agentMarker = "GRD_SESSION_ID=" + session;
        Eventually.until(() -> !ProcessTable.withEnvironment(agentMarker).isEmpty(), "the agent runs on node A");

        assertEquals(2, clusterSize(b));
        nodeA.kill();
        Instant killed = Instant.now();

        Eventually.within(NODE_LOSS_LIMIT, () -> {
            Response view = b.request().get("projects/" + project + "/sessions/" + session);
            return view.statusCode() == 200 && "interrupted".equals(view.path("status"));
        }, "node B reports the session of node A interrupted");
        System.out.println("Node B reported the session of killed node A interrupted after "
                + Duration.between(killed, Instant.now()).toMillis() + " ms");
        Eventually.until(() -> ProcessTable.withEnvironment(agentMarker).isEmpty(), "node A's agent is gone");
        assertEquals(1, clusterSize(b));
        b.request().get("projects/" + project + "/planning/status").then()
                .body("active_session_id", nullValue());

        String next = invoke(b, project);
        FakeAgent.release(checkout);
        assertEquals("completed", b.endedSession(project, next).getString("status"));
    }

    private static int clusterSize(ServerApi node) {
        return Integer.parseInt(given().baseUri(node.uri("/").toString()).get("health/ready").then()
                .statusCode(200).extract().path("checks.find { it.name == 'cluster' }.data.nodes"));
    }

    private static String invoke(ServerApi node, String project) {
        return invoke(node, project, PLAN_PHASE);
    }

    private static String invoke(ServerApi node, String project, String command) {
        return node.request().contentType(ContentType.JSON).body(command)
                .post("projects/" + project + "/planning/invoke").then().statusCode(201).extract().path("session_id");
    }

    private static Path checkout(String name) throws Exception {
        Path checkout = WORK.resolve("checkouts").resolve(name);
        Files.createDirectories(checkout.resolve(".fake-agent"));
        return checkout;
    }
}
