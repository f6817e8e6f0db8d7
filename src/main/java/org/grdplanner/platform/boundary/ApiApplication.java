package org.grdplanner.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "GRD Planner", version = "1",
        description = "Runs GRD planning commands in the agent CLI for a project, streams the sessions and reads "
                + "the roadmap from .planning/."))
public class ApiApplication extends Application {

    /** OpenAPI at /openapi describes the API; Jersey's WADL answered every OPTIONS request with XML besides. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
