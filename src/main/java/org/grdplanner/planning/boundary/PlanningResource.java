package org.grdplanner.planning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.grdplanner.planning.control.GrdPlanningService;
import org.grdplanner.planning.control.PlanningInitialization;
import org.grdplanner.planning.control.PlanningInvocation;
import org.grdplanner.planning.control.PlanningStatus;
import org.grdplanner.platform.boundary.JsonFields;
import org.grdplanner.platform.boundary.JsonObjectBodies;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.platform.control.SharedJson;
import org.grdplanner.sessions.entity.ExecutionMode;

@Path("projects/{projectId}/planning")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanningResource {

    private static final Set<String> INVOCATION_FIELDS = Set.of("command", "args", "mode");
    private static final Set<String> INITIALIZATION_FIELDS = Set.of("document");

    @Inject
    GrdPlanningService planning;

    @POST
    @Path("invoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invoke(@PathParam("projectId") String projectId,
                           @NotNull(message = "Send a JSON object with command, and optionally args and mode.")
                           JsonObject request) {
        JsonFields.requireOnly(request, INVOCATION_FIELDS, "an invocation's");
        String mode = JsonFields.optionalText(request, "mode");
        PlanningInvocation invocation = planning.invokeCommand(projectId, JsonFields.optionalText(request, "command"),
                InvocationArguments.values(request.get("args")), mode == null ? null : ExecutionMode.fromValue(mode)
                        .orElseThrow(() -> Refusal.invalidField("mode", "mode must be autonomous or interactive.")));
        return Response.status(Response.Status.CREATED)
                .entity(SharedJson.createObjectBuilder()
                        .add("session_id", invocation.sessionId())
                        .add("status", invocation.status())
                        .build())
                .build();
    }

    /** {@code active_session_id} is null when the project runs no planning session. */
    public record PlanningStatusView(String grdInitStatus, String activeSessionId) {
    }

    @GET
    @Path("status")
    public PlanningStatusView status(@PathParam("projectId") String projectId) {
        PlanningStatus current = planning.status(projectId);
        return new PlanningStatusView(current.initStatus().value(), current.activeSessionId().orElse(null));
    }

    /** The body, {@code {"document": "docs/IDEA.md"}}, may be left out. */
    @POST
    @Path("init")
    public Response initialize(@PathParam("projectId") String projectId, InputStream body) throws IOException {
        JsonObject request = JsonObjectBodies.optional(body);
        JsonFields.requireOnly(request, INITIALIZATION_FIELDS, "an initialization's");
        PlanningInitialization init = planning.initialize(projectId, JsonFields.optionalText(request, "document"));
        return Response.status(init.sessionId() == null ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(init).build();
    }
}
