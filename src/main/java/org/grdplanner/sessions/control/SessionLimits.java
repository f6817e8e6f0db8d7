package org.grdplanner.sessions.control;

import java.time.Duration;

public record SessionLimits(Duration idleTimeout, Duration lifetime) {
}
