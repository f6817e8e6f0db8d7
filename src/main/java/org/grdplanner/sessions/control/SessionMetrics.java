package org.grdplanner.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.grdplanner.sessions.entity.SessionStatus;

@ApplicationScoped
public class SessionMetrics {

    @Inject
    MetricRegistry registry;

    void started() {
        registry.counter("grd.sessions.started").inc();
    }

    void ended(SessionStatus status) {
        registry.counter("grd.sessions.ended", new Tag("status", status.value())).inc();
    }

    public void streamed(long bytes) {
        registry.counter("grd.output.streamed.bytes").inc(bytes);
    }

    void watch(Map<String, LiveSession> live) {
        registry.gauge("grd.sessions.active", live, Map::size);
    }
}
