package org.grdplanner.planning.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.grdplanner.planning.control.CommandCatalogue;
import org.grdplanner.platform.control.SharedJson;

@Path("planning/commands")
@Produces(MediaType.APPLICATION_JSON)
public class CommandsResource {

    private static final JsonObject CATALOGUE = catalogue();

    @GET
    public JsonObject commands() {
        return CATALOGUE;
    }

    private static JsonObject catalogue() {
        JsonArrayBuilder commands = SharedJson.createArrayBuilder();
        CommandCatalogue.COMMANDS.forEach(command -> {
            JsonArrayBuilder aliases = SharedJson.createArrayBuilder();
            command.aliases().forEach(aliases::add);
            commands.add(SharedJson.createObjectBuilder()
                    .add("name", command.name())
                    .add("group", command.group())
                    .add("argument_hint", command.argumentHint())
                    .add("requires_arguments", command.requiresArguments())
                    .add("default_mode", command.defaultMode().value())
                    .add("aliases", aliases));
        });
        return SharedJson.createObjectBuilder()
                .add("commands", commands)
                .add("total_count", CommandCatalogue.COMMANDS.size())
                .build();
    }
}
