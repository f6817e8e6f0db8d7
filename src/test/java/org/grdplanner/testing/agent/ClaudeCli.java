package org.grdplanner.testing.agent;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Claude Code CLI the build installs from src/test/agent, in the throwaway home the failsafe configuration
 * gives the tests and the servers under test (HOME, CLAUDE_CONFIG_DIR): GRD installed as users install plugins, and
 * the first-run questions of the interactive CLI answered in its configuration as a user's first run would.
 */
public final class ClaudeCli {

    public static final Path EXECUTABLE = Path.of("src/test/agent/node_modules/.bin/claude").toAbsolutePath();
    private static final Path MARKETPLACE = Path.of("src/test/agent/grd-marketplace").toAbsolutePath();
    private static final String GRD = "grd@grd-planner-tests";

    private ClaudeCli() {
    }

    public static void installGrd() throws IOException, InterruptedException {
        run("plugin", "marketplace", "add", MARKETPLACE.toString());
        run("plugin", "install", GRD);
    }

    public static void uninstallGrd() throws IOException, InterruptedException {
        run("plugin", "uninstall", GRD);
    }

    /** Onboarding done, the API key approved, the folder trusted (the CLI asks once per git root), auto mode seen. */
    public static void answerFirstRunQuestions(Path gitRoot) throws IOException {
        Path settings = Path.of(System.getenv("CLAUDE_CONFIG_DIR"), ".claude.json");
        JsonObject existing = Files.exists(settings)
                ? Json.createReader(new StringReader(Files.readString(settings))).readObject()
                : JsonObject.EMPTY_JSON_OBJECT;
        String key = System.getenv("ANTHROPIC_API_KEY");
        JsonObjectBuilder answered = Json.createObjectBuilder(existing)
                .add("hasCompletedOnboarding", true)
                .add("hasSeenAutoDefaultNudge", true)
                .add("customApiKeyResponses", Json.createObjectBuilder()
                        .add("approved", Json.createArrayBuilder().add(key.substring(key.length() - 20)))
                        .add("rejected", Json.createArrayBuilder()))
                .add("projects", Json.createObjectBuilder()
                        .add(gitRoot.toString(), Json.createObjectBuilder().add("hasTrustDialogAccepted", true)));
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, answered.build().toString());
    }

    private static void run(String... arguments) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(EXECUTABLE.toString()));
        argv.addAll(List.of(arguments));
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", argv) + " failed: " + output);
        }
    }
}
