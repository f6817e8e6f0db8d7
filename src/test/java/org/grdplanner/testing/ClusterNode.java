package org.grdplanner.testing;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A node of a cluster under test: Payara Micro with the WAR, started as the run command starts one when
 * GRD_CLUSTER_MEMBERS is set (the cluster profile): TCP/IP members on loopback, the Data Grid on, its HTTP port
 * told to the application. It ends by SIGKILL, as a crash would end it.
 */
public final class ClusterNode implements AutoCloseable {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String GRID_OFF = "hazelcast-config-specific-configuration.enabled=false";

    private final String name;
    private final int httpPort;
    private final Process process;
    private final Path log;

    private ClusterNode(String name, int httpPort, Process process, Path log) {
        this.name = name;
        this.httpPort = httpPort;
        this.process = process;
        this.log = log;
    }

    /** {@code gridPort} is this node's own address among {@code members}. */
    public static ClusterNode start(Path work, String name, int gridPort, String members, String databaseUrl)
            throws IOException {
        int httpPort = Loopback.freePort();
        Path log = work.resolve("node-" + name + ".log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dhazelcast.socket.bind.any=false", "-Dhazelcast.max.no.heartbeat.seconds=10",
                "-Djava.io.tmpdir=" + TARGET,
                "-Dgrd.data.dir=" + work.resolve("data-" + name),
                "-Dgrd.port=" + httpPort,
                "-Dgrd.cluster.members=" + members,
                "-Dgrd.database.url=" + databaseUrl, "-Dgrd.database.user=postgres",
                "-Dgrd.agent.command=" + FakeAgent.INSTALLED,
                "-jar", TARGET.resolve("payara-micro.jar").toString(),
                "--deploy", TARGET.resolve("grd-planner.war").toString(), "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--clustermode", "tcpip:" + members, "--clustername", "grd-planner-it",
                "--startport", Integer.toString(gridPort),
                "--prebootcommandfile", gridOnPreBootCommands(work).toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ClusterNode(name, httpPort, process, log);
    }

    /** The run command's pre-boot commands as the cluster profile filters them: the Data Grid on. */
    private static Path gridOnPreBootCommands(Path work) throws IOException {
        String commands = Files.readString(TARGET.resolve("server-config/micro/pre-boot-commands.asadmin"));
        if (!commands.contains(GRID_OFF)) {
            throw new IllegalStateException("The pre-boot commands no longer turn the Data Grid off with " + GRID_OFF);
        }
        Path gridOn = work.resolve("cluster-pre-boot-commands.asadmin");
        Files.writeString(gridOn, commands.replace(GRID_OFF, "hazelcast-config-specific-configuration.enabled=true"));
        return gridOn;
    }

    public void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                .build();
        Eventually.within(Duration.ofMinutes(4), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Node " + name + " exited; see " + log);
            }
            try {
                return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, "node " + name + " is ready (its log: " + log + ")");
    }

    public ServerApi api() {
        try {
            return new ServerApi(new URL("http://127.0.0.1:" + httpPort + "/"));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** kill -9: the node has no chance to tell anyone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
