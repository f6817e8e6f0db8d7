package org.grdplanner.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "grd.max.sessions", defaultValue = "64")
    int maxSessions;

    @Inject
    @ConfigProperty(name = "grd.session.idle.timeout.seconds", defaultValue = "3600")
    long idleTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "grd.session.lifetime.seconds", defaultValue = "14400")
    long lifetimeSeconds;

    @Inject
    @ConfigProperty(name = "grd.session.stop.grace.seconds", defaultValue = "5")
    long stopGraceSeconds;

    @Inject
    @ConfigProperty(name = "grd.session.ring.bytes", defaultValue = "1048576")
    int ringBytes;

    @Inject
    @ConfigProperty(name = "grd.session.client.backlog.bytes", defaultValue = "16777216")
    long clientBacklogBytes;

    public int maxSessions() {
        return maxSessions;
    }

    public SessionLimits limits() {
        return new SessionLimits(Duration.ofSeconds(idleTimeoutSeconds), Duration.ofSeconds(lifetimeSeconds));
    }

    public Duration stopGrace() {
        return Duration.ofSeconds(stopGraceSeconds);
    }

    public int ringBytes() {
        return ringBytes;
    }

    public long clientBacklogBytes() {
        return clientBacklogBytes;
    }
}
