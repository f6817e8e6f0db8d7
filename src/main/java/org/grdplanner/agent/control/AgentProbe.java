package org.grdplanner.agent.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.terminal.control.AgentEnvironment;

/**
 * Asks the agent CLI what it is ({@code --version}) and which plugins it has ({@code plugin list --json}), as the
 * server's user, so that the page can say what is missing before anyone runs a command.
 */
@ApplicationScoped
public class AgentProbe {

    private static final Logger LOG = Logger.getLogger(AgentProbe.class.getName());
    private static final long TIMEOUT_SECONDS = 20;
    private static final String GRD_PLUGIN = "grd@";

    @Inject
    AgentCommand agent;

    public AgentInstallation probe() {
        Path here = Path.of("").toAbsolutePath();
        List<String> problems = new ArrayList<>();
        String permissionMode = agent.permissionModeFlag();
        if (PermissionMode.fromFlag(permissionMode).isEmpty()) {
            problems.add(PermissionMode.unknown(permissionMode));
        }
        Optional<Path> executable = agent.find(here);
        if (executable.isEmpty()) {
            problems.add(agent.notFound() + ".");
            return new AgentInstallation(false, agent.configured, null, null, false, null, null, permissionMode,
                    problems);
        }
        String path = executable.get().toString();
        String version = run(List.of(path, "--version"), here).map(String::strip).orElse(null);
        Optional<JsonObject> grd = installedGrd(executable.get(), here);
        if (grd.isEmpty()) {
            problems.add("GRD is not installed for this agent: install the grd plugin with 'claude plugin install'.");
        }
        return new AgentInstallation(true, agent.configured, path, version, grd.isPresent(),
                grd.map(plugin -> plugin.getString("id", null)).orElse(null),
                grd.map(plugin -> plugin.getString("version", null)).orElse(null), permissionMode, problems);
    }

    /** Where the agent's GRD plugin is installed, when the CLI says. */
    public Optional<Path> grdDirectory() {
        Path here = Path.of("").toAbsolutePath();
        return agent.find(here)
                .flatMap(executable -> installedGrd(executable, here))
                .map(plugin -> plugin.getString("installPath", null))
                .filter(Objects::nonNull)
                .map(Path::of);
    }

    private static Optional<JsonObject> installedGrd(Path executable, Path here) {
        return run(List.of(executable.toString(), "plugin", "list", "--json"), here).flatMap(AgentProbe::grdPlugin);
    }

    static Optional<JsonObject> grdPlugin(String pluginList) {
        try {
            JsonArray plugins = AgentJson.readArray(pluginList.strip());
            return plugins.stream()
                    .filter(JsonObject.class::isInstance)
                    .map(JsonObject.class::cast)
                    .filter(plugin -> plugin.getString("id", "").startsWith(GRD_PLUGIN))
                    .filter(plugin -> plugin.getBoolean("enabled", true))
                    .findFirst();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** The output of a run that exits 0 within the timeout; a CLI that hangs is killed rather than waited for. */
    private static Optional<String> run(List<String> argv, Path directory) {
        Path output = null;
        try {
            output = Files.createTempFile("grd-agent-probe", ".out");
            ProcessBuilder builder = new ProcessBuilder(argv).directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().clear();
            builder.environment().putAll(AgentEnvironment.withoutSecrets(System.getenv()));
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(Files.readString(output, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not run " + argv, e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + file, e);
        }
    }
}
