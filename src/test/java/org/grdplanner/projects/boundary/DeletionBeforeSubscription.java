package org.grdplanner.projects.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.grdplanner.projects.control.ProjectService;

/**
 * Test-only: {@link ProjectEventsResource} with the project's deletion committed between its check that the project
 * exists (which {@code delete} makes too) and the subscription, a race that no request from outside can hit on
 * purpose.
 */
@Path("test/projects/{projectId}/events-after-deletion")
@ApplicationScoped
public class DeletionBeforeSubscription {

    @Inject
    ProjectService projects;

    @Inject
    ProjectEventHub hub;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void subscribe(@PathParam("projectId") String projectId, @Context SseEventSink sink, @Context Sse sse) {
        projects.delete(projectId);
        hub.subscribe(projectId, sink, sse);
    }
}
