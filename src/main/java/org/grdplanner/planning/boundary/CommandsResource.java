package org.grdplanner.planning.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.grdplanner.planning.control.InstalledCatalogue;
import org.grdplanner.platform.boundary.SharedJson;

@Path("planning/commands")
@Produces(MediaType.APPLICATION_JSON)
public class CommandsResource {

    @Inject
    InstalledCatalogue catalogue;

    @GET
    public JsonObject commands() {
        InstalledCatalogue.Commands installed = catalogue.commands();
        JsonArrayBuilder commands = SharedJson.createArrayBuilder();
        installed.commands().forEach(command -> {
            JsonArrayBuilder aliases = SharedJson.createArrayBuilder();
            command.aliases().forEach(aliases::add);
            commands.add(SharedJson.createObjectBuilder()
                    .add("name", command.name())
                    .add("group", command.group())
                    .add("argument_hint", command.argumentHint())
                    .add("description", command.description())
                    .add("requires_arguments", command.requiresArguments())
                    .add("phase_argument", command.startsWithPhaseNumber())
                    .add("default_mode", command.defaultMode().value())
                    .add("aliases", aliases));
        });
        return SharedJson.createObjectBuilder()
                .add("commands", commands)
                .add("total_count", installed.commands().size())
                .add("source", installed.fromInstalledGrd() ? "installed GRD" : "built in")
                .build();
    }
}
