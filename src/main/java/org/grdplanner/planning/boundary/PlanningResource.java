package org.grdplanner.planning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.grdplanner.planning.control.GrdPlanningService;
import org.grdplanner.planning.control.PlanningInitialization;
import org.grdplanner.planning.control.PlanningInvocation;
import org.grdplanner.planning.control.PlanningStatus;
import org.grdplanner.platform.boundary.JsonRequestReader;

@Path("projects/{projectId}/planning")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanningResource {

    @Inject
    GrdPlanningService planning;

    @POST
    @Path("invoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invoke(@PathParam("projectId") String projectId,
                           @NotNull(message = "Send a JSON object with command, and optionally args and mode.")
                           InvocationRequest request) {
        PlanningInvocation invocation = planning.invokeCommand(projectId, request.command(),
                InvocationArguments.values(request.args()), request.executionMode());
        return Response.status(Response.Status.CREATED).entity(Invocation.of(invocation)).build();
    }

    public record Invocation(String sessionId, String status) {

        static Invocation of(PlanningInvocation started) {
            return new Invocation(started.sessionId(), started.status());
        }
    }

    /** {@code note} says why init will run interactively; {@code session_id} is null for a project already ready. */
    public record InitializationView(String grdInitStatus, String sessionId, String document, String note) {
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

    /** The body, {@code {"document": "docs/IDEA.md"}}, may be left out, and so may its content type. */
    @POST
    @Path("init")
    public Response initialize(@PathParam("projectId") String projectId,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(implementation = InitializationRequest.class)))
                               InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        String document = bytes.length == 0 ? null
                : JsonRequestReader.read(InitializationRequest.class, bytes).document();
        PlanningInitialization init = planning.initialize(projectId, document);
        return Response.status(init.sessionId() == null ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(new InitializationView(init.status().value(), init.sessionId(), init.document(), init.note()))
                .build();
    }
}
