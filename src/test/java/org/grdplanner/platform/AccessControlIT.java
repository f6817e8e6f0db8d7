package org.grdplanner.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Against a server started with GRD_API_TOKEN=it-token and GRD_WORKSPACE_ROOT=target/it-workspace. */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    private static final String TOKEN = "it-token";
    private static final Path WORKSPACE = Path.of("target/it-workspace").toAbsolutePath();

    @Deployment(testable = false)
    @TargetsContainer("secured")
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL deployed;

    @TempDir
    static Path outside;

    @BeforeAll
    static void prepare() throws IOException {
        FakeAgent.install();
        Files.createDirectories(WORKSPACE);
    }

    /** A fresh checkout inside the workspace root, which outlives the test run. */
    static Path checkout(String name) throws IOException {
        return Files.createDirectories(WORKSPACE.resolve(name + "-" + System.nanoTime()));
    }

    RequestSpecification api() {
        return new ServerApi(deployed).anonymous();
    }

    RequestSpecification authorized() {
        return new ServerApi(deployed, TOKEN).request();
    }

    String project(Path checkout) {
        return new ServerApi(deployed, TOKEN).createProject("guarded", checkout);
    }

    @Test
    void theApiNeedsTheToken() {
        api().get("projects").then().statusCode(401)
                .contentType(ContentType.JSON)
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHORIZED"));
        api().header("Authorization", "Bearer not-it").get("projects").then().statusCode(401);
        api().header("Authorization", "Basic " + TOKEN).get("projects").then().statusCode(401);
        authorized().get("projects").then().statusCode(200);
    }

    @Test
    void streamsNeedTheTokenToo() throws Exception {
        String projectId = project(checkout("streamed"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder events = HttpRequest.newBuilder(Loopback.application(deployed)
                .resolve("api/projects/" + projectId + "/events")).timeout(Duration.ofSeconds(30));

        HttpResponse<String> refused = http.send(events.build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<InputStream> accepted = http.send(events.header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(401, refused.statusCode());
        assertEquals(200, accepted.statusCode());
        assertTrue(accepted.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        accepted.body().close();
    }

    @Test
    void aCrossOriginInvokeIsRefusedAndStartsNothing() throws IOException {
        Path checkout = checkout("cross-origin");
        String projectId = project(checkout);
        String self = "http://127.0.0.1:" + deployed.getPort();

        authorized().header("Origin", "http://evil.example").contentType(ContentType.JSON)
                .body("{\"command\": \"map-codebase\"}").post("projects/" + projectId + "/planning/invoke")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        authorized().get("projects/" + projectId + "/sessions").then().body("total_count", equalTo(0));
        assertEquals(List.of(), FakeAgent.runs(checkout));

        authorized().header("Origin", self).contentType(ContentType.JSON)
                .body("{\"command\": \"map-codebase\"}").post("projects/" + projectId + "/planning/invoke")
                .then().statusCode(201);
    }

    @Test
    void aForeignHostIsRefused() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", deployed.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + Loopback.application(deployed).getPath() + "api/projects HTTP/1.1\r\n"
                    + "Host: rebound.example:" + deployed.getPort() + "\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
            assertTrue(response.contains("\"code\":\"FORBIDDEN\""), response);
        }
    }

    @Test
    void projectPathsMustLieInsideTheWorkspaceRoot() throws IOException {
        Path inside = checkout("inside");
        Path link = WORKSPACE.resolve("sneaky-link");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, outside);

        authorized().contentType(ContentType.JSON)
                .body("{\"name\": \"outside\", \"local_path\": \"" + outside + "\"}")
                .post("projects").then().statusCode(400)
                .body("field", equalTo("local_path"))
                .body("error", equalTo("local_path " + outside + " is outside the workspace root " + WORKSPACE.toRealPath()));
        authorized().contentType(ContentType.JSON)
                .body("{\"name\": \"linked\", \"local_path\": \"" + link + "\"}")
                .post("projects").then().statusCode(400)
                .body("error", equalTo("local_path " + link + " is outside the workspace root " + WORKSPACE.toRealPath()));
        project(inside);
    }

    @Test
    void theWebUiAsksForTheTokenOnceAndUsesItForCallsAndStreams() throws Exception {
        Path checkout = checkout("browsed");
        String projectId = project(checkout);
        WebDriver browser = Browser.start();
        try {
            WebDriverWait waiting = new WebDriverWait(browser, Duration.ofMinutes(1));
            browser.get(Loopback.application(deployed) + "#/projects/" + projectId + "/planning");

            waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-token"))).sendKeys(TOKEN);
            browser.findElement(By.id("save-token")).click();
            waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("project-title"), "guarded"));
            new Select(browser.findElement(By.id("command"))).selectByValue("survey");
            browser.findElement(By.id("command-args")).sendKeys("token handling");
            browser.findElement(By.id("run-command")).click();

            waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-status"), "completed"));
            waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "Working on survey"));
            assertEquals(List.of(), browser.findElements(By.id("api-token")));
            browser.navigate().refresh();
            waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "Working on survey"));
            assertEquals(List.of(), browser.findElements(By.id("api-token")), "the token is asked for once");
        } finally {
            browser.quit();
        }
    }
}
