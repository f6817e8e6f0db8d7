package org.grdplanner.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.grdplanner.platform.control.Database;

@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = database.isMigrated();
        boolean reachable = database.isReachable();
        return HealthCheckResponse.named("database")
                .withData("migrated", migrated)
                .withData("reachable", reachable)
                .status(migrated && reachable)
                .build();
    }
}
