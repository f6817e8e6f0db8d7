package org.grdplanner.testing.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.grdplanner.sessions.control.SessionEnded;

/**
 * Test-only: holds a project's session-end events before the application's own observers see them (CDI notifies
 * asynchronous observers one after another, by priority), so that a test can act in the moment between a session's
 * end and what the application does about it.
 */
@Path("test/ending-gate/{projectId}")
@ApplicationScoped
public class EndingGate {

    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();

    @PUT
    public void hold(@PathParam("projectId") String projectId) {
        held.put(projectId, new CountDownLatch(1));
    }

    @DELETE
    public void release(@PathParam("projectId") String projectId) {
        Optional.ofNullable(held.remove(projectId)).ifPresent(CountDownLatch::countDown);
    }

    void delay(@ObservesAsync @Priority(1) SessionEnded ended) throws InterruptedException {
        CountDownLatch gate = held.get(ended.projectId());
        if (gate != null) {
            gate.await(1, TimeUnit.MINUTES);
        }
    }
}
