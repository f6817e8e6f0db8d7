package org.grdplanner.planning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.grdplanner.planning.control.GrdPlanningService;
import org.grdplanner.planning.control.PlanningInitialization;
import org.grdplanner.planning.control.PlanningInvocation;
import org.grdplanner.planning.control.PlanningStatus;
import org.grdplanner.platform.boundary.JsonFields;
import org.grdplanner.platform.control.SharedJson;

@Path("projects/{projectId}/planning")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanningResource {

    private static final Set<String> INVOCATION_FIELDS = Set.of("command", "args", "mode");

    @Inject
    GrdPlanningService planning;

    @POST
    @Path("invoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invoke(@PathParam("projectId") String projectId,
                           @NotNull(message = "Send a JSON object with command, and optionally args and mode.")
                           JsonObject request) {
        JsonFields.requireOnly(request, INVOCATION_FIELDS, "an invocation's");
        PlanningInvocation invocation = planning.invokeCommand(projectId, JsonFields.optionalText(request, "command"),
                request.get("args"), JsonFields.optionalText(request, "mode"));
        return Response.status(Response.Status.CREATED)
                .entity(SharedJson.createObjectBuilder()
                        .add("session_id", invocation.sessionId())
                        .add("status", invocation.status())
                        .build())
                .build();
    }

    @GET
    @Path("status")
    public JsonObject status(@PathParam("projectId") String projectId) {
        PlanningStatus current = planning.status(projectId);
        JsonObjectBuilder status = SharedJson.createObjectBuilder()
                .add("grd_init_status", current.initStatus().value());
        current.activeSessionId().ifPresentOrElse(
                id -> status.add("active_session_id", id), () -> status.addNull("active_session_id"));
        return status.build();
    }

    @POST
    @Path("init")
    public Response initialize(@PathParam("projectId") String projectId) {
        PlanningInitialization init = planning.initialize(projectId);
        JsonObjectBuilder body = SharedJson.createObjectBuilder().add("grd_init_status", init.grdInitStatus());
        if (init.sessionId() == null) {
            body.addNull("session_id");
        } else {
            body.add("session_id", init.sessionId());
        }
        return Response.status(init.sessionId() == null ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(body.build()).build();
    }
}
