package org.grdplanner.changes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.grdplanner.changes.control.SessionChanges;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.projects.control.ProjectService;
import org.grdplanner.sessions.boundary.ServedByOwner;
import org.grdplanner.sessions.control.SessionStore;

/** What a session changed in {@code .planning/}; while it runs, what it has changed so far. */
@ServedByOwner
@Path("projects/{projectId}/sessions/{sessionId}/changes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    @Inject
    ProjectService projects;

    @Inject
    SessionStore sessions;

    @Inject
    SessionChanges changes;

    @GET
    public SessionChanges.Changes changes(@PathParam("projectId") String projectId,
                                          @PathParam("sessionId") String sessionId) {
        return changes.changes(sessionId, checkout(projectId, sessionId));
    }

    /** {@code path} is relative to {@code .planning/}, as the changes list it. */
    @GET
    @Path("diff")
    public SessionChanges.Diff diff(@PathParam("projectId") String projectId, @PathParam("sessionId") String sessionId,
                                    @QueryParam("path") String path) {
        if (path == null || path.isBlank()) {
            throw Refusal.invalidField("path", "path is required: a file the session changed, relative to .planning/");
        }
        return changes.diff(sessionId, checkout(projectId, sessionId), path);
    }

    private java.nio.file.Path checkout(String projectId, String sessionId) {
        projects.require(projectId);
        return java.nio.file.Path.of(sessions.require(projectId, sessionId).getCwd());
    }
}
