package org.grdplanner.projects.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.grdplanner.planning.control.InitStatuses;
import org.grdplanner.projects.control.ProjectService;

@Path("projects")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    ProjectService projects;

    @Inject
    InitStatuses initStatuses;

    @POST
    public Response create(@NotNull(message = "Send a JSON object with name and local_path.") @Valid NewProjectRequest draft,
                           @Context UriInfo uri) {
        String id = projects.create(draft.draft()).getId();
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .entity(ProjectView.of(projects.require(id)))
                .build();
    }

    @GET
    public ProjectView.Page list() {
        return ProjectView.Page.of(projects.list());
    }

    @GET
    @Path("{id}")
    public ProjectView get(@PathParam("id") String id) {
        return ProjectView.of(projects.require(id));
    }

    @PATCH
    @Path("{id}")
    public ProjectView update(@PathParam("id") String id,
                              @NotNull(message = "Send a JSON object with the fields to change.") @Valid
                              ProjectChanges changes) {
        projects.update(id, changes.patch());
        changes.initStatus().ifPresent(status -> initStatuses.change(id, status));
        return ProjectView.of(projects.require(id));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        projects.delete(id);
        return Response.noContent().build();
    }
}
