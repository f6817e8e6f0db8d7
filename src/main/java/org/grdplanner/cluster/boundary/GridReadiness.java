package org.grdplanner.cluster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.grdplanner.cluster.control.Grid;

/** Which node this is and how many the cluster has: a load balancer sends nothing to a node that lost the grid. */
@Readiness
@ApplicationScoped
public class GridReadiness implements HealthCheck {

    @Inject
    Grid grid;

    @Override
    public HealthCheckResponse call() {
        int nodes = grid.liveNodes();
        return HealthCheckResponse.named("cluster")
                .withData("node", grid.nodeId())
                .withData("nodes", nodes)
                .status(nodes > 0)
                .build();
    }
}
