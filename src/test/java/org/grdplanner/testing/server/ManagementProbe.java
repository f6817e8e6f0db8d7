package org.grdplanner.testing.server;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Test-only: reads and drives the planning MBean the way a JMX console would, inside the server. */
@Path("test/management")
@Produces(MediaType.APPLICATION_JSON)
public class ManagementProbe {

    private static final String NAME = "org.grdplanner:type=PlanningSessions";

    @GET
    public JsonObject attributes() throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(NAME);
        var sessions = Json.createArrayBuilder();
        for (String entry : (String[]) server.getAttribute(name, "ActivePlanningSessions")) {
            sessions.add(entry);
        }
        return Json.createObjectBuilder()
                .add("active_planning_sessions", sessions)
                .add("count", (Integer) server.getAttribute(name, "ActivePlanningSessionCount"))
                .build();
    }

    @POST
    @Path("stop/{sessionId}")
    public JsonObject stop(@PathParam("sessionId") String sessionId) throws JMException {
        Object answer = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(NAME), "stopSession",
                new Object[] {sessionId}, new String[] {String.class.getName()});
        return Json.createObjectBuilder().add("answer", String.valueOf(answer)).build();
    }
}
