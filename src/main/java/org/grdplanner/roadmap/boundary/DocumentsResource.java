package org.grdplanner.roadmap.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.grdplanner.projects.control.ProjectService;
import org.grdplanner.roadmap.control.PlanningDocuments;

@Path("projects/{projectId}/planning/documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Inject
    ProjectService projects;

    public record DocumentList(List<PlanningDocuments.Listed> documents) {
    }

    @GET
    public DocumentList list(@PathParam("projectId") String projectId) {
        return new DocumentList(PlanningDocuments.list(checkout(projectId)));
    }

    /** {@code path} is relative to {@code .planning/}, as {@code phases/01-setup/01-01-PLAN.md}. */
    @GET
    @Path("{path: .+}")
    public PlanningDocuments.Document read(@PathParam("projectId") String projectId, @PathParam("path") String path) {
        return PlanningDocuments.read(checkout(projectId), path);
    }

    private java.nio.file.Path checkout(String projectId) {
        return java.nio.file.Path.of(projects.require(projectId).getLocalPath());
    }
}
