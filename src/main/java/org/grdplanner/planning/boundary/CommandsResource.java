package org.grdplanner.planning.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.grdplanner.planning.control.InstalledCatalogue;
import org.grdplanner.planning.control.PlanningCommand;

@Path("planning/commands")
@Produces(MediaType.APPLICATION_JSON)
public class CommandsResource {

    @Inject
    InstalledCatalogue catalogue;

    /** {@code phase_argument}: the command's first argument is a phase number. */
    public record CommandView(String name, String group, String argumentHint, String description,
                              boolean requiresArguments, boolean phaseArgument, String defaultMode,
                              List<String> aliases) {

        static CommandView of(PlanningCommand command) {
            return new CommandView(command.name(), command.group(), command.argumentHint(), command.description(),
                    command.requiresArguments(), command.startsWithPhaseNumber(), command.defaultMode().value(),
                    command.aliases());
        }
    }

    /** {@code source}: "installed GRD" when read from the agent's GRD, else "built in". */
    public record Catalogue(List<CommandView> commands, int totalCount, String source) {
    }

    @GET
    public Catalogue commands() {
        InstalledCatalogue.Commands installed = catalogue.commands();
        List<CommandView> commands = installed.commands().stream().map(CommandView::of).toList();
        return new Catalogue(commands, commands.size(), installed.fromInstalledGrd() ? "installed GRD" : "built in");
    }
}
