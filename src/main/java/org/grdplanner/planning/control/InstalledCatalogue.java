package org.grdplanner.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.grdplanner.agent.control.AgentProbe;
import org.grdplanner.platform.control.FrontMatter;

/**
 * The planning commands as the agent's installed GRD describes them: each command file's {@code description} and
 * {@code argument-hint} where it has them, so that the page follows the user's GRD version; the built-in catalogue
 * where GRD is not found or a file says nothing.
 */
@ApplicationScoped
public class InstalledCatalogue {

    public record Commands(List<PlanningCommand> commands, boolean fromInstalledGrd) {
    }

    @Inject
    AgentProbe probe;

    public Commands commands() {
        Optional<Path> plugin = probe.grdDirectory().filter(Files::isDirectory);
        if (plugin.isEmpty()) {
            return new Commands(CommandCatalogue.COMMANDS, false);
        }
        return new Commands(describedBy(plugin.get().resolve("commands")), true);
    }

    public static List<PlanningCommand> describedBy(Path commandFiles) {
        return CommandCatalogue.COMMANDS.stream().map(command -> {
            FrontMatter file = read(commandFiles.resolve(command.name() + ".md"));
            return command.describedBy(file.text("argument-hint"), file.text("description"));
        }).toList();
    }

    private static FrontMatter read(Path file) {
        try {
            return FrontMatter.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return FrontMatter.of("");
        }
    }
}
