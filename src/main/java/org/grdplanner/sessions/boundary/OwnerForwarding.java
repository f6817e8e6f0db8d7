package org.grdplanner.sessions.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.cluster.boundary.NodeRelay;
import org.grdplanner.cluster.control.Grid;
import org.grdplanner.platform.boundary.ErrorResponses;
import org.grdplanner.sessions.control.SessionNodes;

/** A session another node of the cluster runs or ran is served by that node: a client may ask any node. */
@Provider
@ServedByOwner
@Priority(Priorities.USER)
public class OwnerForwarding implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(OwnerForwarding.class.getName());

    @Inject
    SessionNodes nodes;

    @Inject
    NodeRelay relay;

    @Inject
    Grid grid;

    @Override
    public void filter(ContainerRequestContext request) {
        if (NodeRelay.isForwarded(request)) {
            return;
        }
        String sessionId = request.getUriInfo().getPathParameters().getFirst("sessionId");
        Optional<URI> owner = nodes.owner(sessionId);
        if (owner.isEmpty()) {
            return;
        }
        try {
            request.abortWith(relay.forward(request, owner.get(), grid.nodeId()));
        } catch (ProcessingException e) {
            LOG.log(Level.WARNING, "The node at " + owner.get() + " that runs session " + sessionId
                    + " did not answer", e);
            request.abortWith(ErrorResponses.of(503, "SERVICE_UNAVAILABLE", "The node running session " + sessionId
                    + " cannot be reached; try again in a moment.", Map.of()));
        }
    }
}
