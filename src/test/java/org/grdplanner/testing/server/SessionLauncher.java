package org.grdplanner.testing.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grdplanner.sessions.control.SessionConfig;
import org.grdplanner.sessions.control.SessionLimits;
import org.grdplanner.sessions.control.SessionManager;
import org.grdplanner.sessions.control.SessionSettings;
import org.grdplanner.sessions.entity.ExecutionMode;

/** Test-only: lets the integration tests run their scripts as sessions of the real session manager. */
@Path("test")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionLauncher {

    @Inject
    SessionManager sessions;

    @Inject
    SessionSettings settings;

    @Inject
    EndingsRecorder endings;

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response launch(JsonObject request) {
        List<String> argv = request.getJsonArray("argv").getValuesAs(JsonString::getString);
        Map<String, String> env = new HashMap<>();
        request.getJsonObject("env").forEach((key, value) -> env.put(key, ((JsonString) value).getString()));
        SessionLimits limits = request.containsKey("idle_timeout_seconds")
                ? new SessionLimits(Duration.ofSeconds(request.getInt("idle_timeout_seconds")),
                        settings.limits().lifetime())
                : null;
        String id = sessions.start(new SessionConfig(request.getString("project_id"), "test", String.join(" ", argv),
                argv, Paths.get(request.getString("cwd")), ExecutionMode.AUTONOMOUS, env, limits, null));
        return Response.status(201).entity(Json.createObjectBuilder().add("session_id", id).build()).build();
    }

    @GET
    @Path("endings")
    public JsonArray endings() {
        var list = Json.createArrayBuilder();
        endings.all().forEach(ending -> list.add(Json.createObjectBuilder()
                .add("session_id", ending.sessionId())
                .add("project_id", ending.projectId())
                .add("status", ending.status().value())
                .add("exit_code", ending.exitCode() == null ? -1 : ending.exitCode())));
        return list.build();
    }

    @GET
    @Path("heap")
    public JsonObject heap() {
        System.gc();
        return Json.createObjectBuilder()
                .add("used_bytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed())
                .build();
    }
}
