package org.grdplanner.planning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grdplanner.planning.control.GrdPlanningService;
import org.grdplanner.planning.control.PlanningInvocation;
import org.grdplanner.planning.control.PlanningPrompt;
import org.grdplanner.platform.boundary.JsonRequest;
import org.grdplanner.sessions.boundary.ServedByOwner;

/** An answer to an autonomous session that ended, continuing its agent conversation in a new session. */
@ServedByOwner
@Path("projects/{projectId}/sessions/{sessionId}/reply")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReplyResource {

    @Inject
    GrdPlanningService planning;

    @JsonRequest("a reply's")
    @Schema(requiredProperties = "text", additionalProperties = Schema.False.class)
    public record ReplyRequest(
            @NotBlank(message = "text is required")
            @Size(max = PlanningPrompt.MAX_LENGTH, message = "text must be at most {max} characters")
            @Schema(description = "The answer, sent to the agent as its next prompt")
            String text) {

        /** Declared so that the constraints stay off its parameter, where Payara's OpenAPI scanner fails on them. */
        public ReplyRequest(String text) {
            this.text = text;
        }
    }

    public record Reply(String sessionId, String status, String parentSessionId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("projectId") String projectId, @PathParam("sessionId") String sessionId,
                          @NotNull(message = "Send a JSON object with text.") @Valid ReplyRequest request) {
        PlanningInvocation started = planning.reply(projectId, sessionId, request.text());
        return Response.status(Response.Status.CREATED)
                .entity(new Reply(started.sessionId(), started.status(), sessionId)).build();
    }
}
