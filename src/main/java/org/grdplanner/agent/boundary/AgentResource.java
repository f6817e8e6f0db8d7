package org.grdplanner.agent.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.grdplanner.agent.control.AgentInstallation;
import org.grdplanner.agent.control.AgentProbe;

@Path("planning/agent")
@Produces(MediaType.APPLICATION_JSON)
public class AgentResource {

    @Inject
    AgentProbe probe;

    @GET
    public AgentInstallation agent() {
        return probe.probe();
    }
}
