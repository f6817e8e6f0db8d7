package org.grdplanner.roadmap.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.file.Paths;
import org.grdplanner.projects.control.ProjectService;
import org.grdplanner.roadmap.control.RoadmapReader;
import org.grdplanner.roadmap.entity.Roadmap;

@Path("projects/{projectId}/planning/roadmap")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

    @Inject
    ProjectService projects;

    @GET
    public Roadmap roadmap(@PathParam("projectId") String projectId) {
        return RoadmapReader.read(Paths.get(projects.require(projectId).getLocalPath()));
    }
}
