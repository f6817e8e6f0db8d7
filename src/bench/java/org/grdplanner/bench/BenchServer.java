package org.grdplanner.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.grdplanner.testing.Loopback;

/**
 * GRD Planner as users run it: Payara Micro with the built WAR, started the way {@code mvn payara-micro:start}
 * starts it, on a free loopback port, with the benchmark agent as its agent CLI.
 */
final class BenchServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final String LOOPBACK = "127.0.0.1";

    private final Process process;
    private final int port;
    private final Path data;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final LeanHttp keystrokes;

    private BenchServer(Process process, int port, Path data) {
        this.process = process;
        this.port = port;
        this.data = data;
        this.keystrokes = new LeanHttp(port);
    }

    static BenchServer start(BenchSettings settings, BenchWorkspace workspace, String name) throws Exception {
        Path data = workspace.serverData(name);
        int port = Loopback.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dgrd.data.dir=" + data,
                "-Dhazelcast.socket.bind.any=false"));
        command.addAll(settings.serverJvmOptions());
        command.addAll(List.of("-jar", settings.microJar().toString(), "--nocluster", "--port", Integer.toString(port),
                "--prebootcommandfile", settings.prebootCommands().toString(),
                "--deploy", settings.war().toString(), "--contextroot", "/"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile());
        builder.environment().put("GRD_AGENT_COMMAND", workspace.agent().toString());
        builder.environment().put("GRD_MAX_SESSIONS", Integer.toString(settings.maxIdleSessions() + 16));
        BenchServer server = new BenchServer(builder.start(), port, data);
        server.awaitReady();
        return server;
    }

    long pid() {
        return process.pid();
    }

    Path transcript(String sessionId) {
        return data.resolve("sessions").resolve(sessionId + ".log");
    }

    String createProject(String name, Path checkout) throws IOException, InterruptedException {
        JsonObject body = Json.createObjectBuilder().add("name", name).add("local_path", checkout.toString()).build();
        return expect(201, post("/api/projects", body.toString())).getString("id");
    }

    /** What a benchmark does in a project of its own. */
    interface InProject<T> {
        T run(String project) throws Exception;
    }

    /**
     * Runs {@code work} in a new project and deletes the project afterwards, with its sessions' transcripts. Floods
     * run so: transcripts kept from flood to flood grow the page cache by 256 MiB each, and past about 2 GiB of them
     * this machine charged every further transcript ten times the CPU, for memory it had not touched before
     * (BENCHMARKS.md, twelfth round), so that a repetition measured what the ones before it had left.
     */
    <T> T inProject(String name, Path checkout, InProject<T> work) throws Exception {
        String project = createProject(name, checkout);
        try {
            return work.run(project);
        } finally {
            expect(204, http.send(HttpRequest.newBuilder(uri("/api/projects/" + project)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
    }

    String invoke(String project, String command, String mode) throws IOException, InterruptedException {
        var body = Json.createObjectBuilder().add("command", command);
        if (mode != null) {
            body.add("mode", mode);
        }
        return expect(201, post("/api/projects/" + project + "/planning/invoke", body.build().toString()))
                .getString("session_id");
    }

    /** Sends input as a page does while a person types: on a connection kept open from keystroke to keystroke. */
    void input(String project, String session, String text) throws IOException {
        String body = Json.createObjectBuilder().add("text", text).build().toString();
        int status = keystrokes.post(sessionPath(project, session) + "/input", body);
        if (status != 202) {
            throw new IllegalStateException("Input to " + session + " answered " + status + " instead of 202");
        }
    }

    void stop(String project, String session) throws IOException, InterruptedException {
        expect(200, post(sessionPath(project, session) + "/stop", "{}"));
    }

    /** The session's stream as raw bytes on a plain socket, for reading up to a token. */
    InputStream stream(String project, String session) throws IOException {
        return LeanHttp.openStream(port, sessionPath(project, session) + "/stream");
    }

    /** Reads a session's whole stream with the lean reader; how many times it had to resume. */
    int drain(String project, String session) throws IOException {
        return new LeanEventReader(port, sessionPath(project, session) + "/stream").readToComplete();
    }

    int get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    JsonObject session(String project, String session) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(sessionPath(project, session))).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        return expect(200, response);
    }

    @Override
    public void close() throws InterruptedException, IOException {
        keystrokes.close();
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + "; see "
                        + data.resolve("server.log"));
            }
            try {
                if (get("/health/ready") == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("The server was not ready after " + STARTUP + "; see "
                + data.resolve("server.log"));
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath()
                    + " answered " + response.statusCode() + " instead of " + status + ": " + response.body());
        }
        String body = response.body();
        return body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : Json.createReader(new StringReader(body)).readObject();
    }

    private URI uri(String path) {
        return URI.create("http://" + LOOPBACK + ":" + port + path);
    }

    private static String sessionPath(String project, String session) {
        return "/api/projects/" + project + "/sessions/" + session;
    }
}
