package org.grdplanner.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.grdplanner.cluster.control.Grid;
import org.grdplanner.sessions.entity.ProjectSession;
import org.grdplanner.sessions.entity.SessionStatus;

/**
 * Which node of the cluster a session belongs to. A session runs on the node that started it, which keeps its
 * transcript; what this node knows of it otherwise is its row. A node alone, and a session of this node, need no
 * database read.
 */
@ApplicationScoped
public class SessionNodes {

    @Inject
    SessionManager sessions;

    @Inject
    SessionStore store;

    @Inject
    Grid grid;

    /** Where to ask about a session that another live node runs or ran; empty when this node has it. */
    public Optional<URI> owner(String sessionId) {
        if (isAlone() || sessions.find(sessionId).isPresent()) {
            return Optional.empty();
        }
        return store.find(sessionId).map(ProjectSession::getNodeId).flatMap(grid::address);
    }

    /** An active session of the project on another live node. */
    public Optional<String> activeElsewhere(String projectId) {
        if (isAlone()) {
            return Optional.empty();
        }
        return store.ofProject(projectId).stream()
                .filter(this::isActiveElsewhere)
                .map(ProjectSession::getId)
                .findFirst();
    }

    private boolean isAlone() {
        return grid.liveNodes() == 1;
    }

    private boolean isActiveElsewhere(ProjectSession row) {
        return row.getStatus() == SessionStatus.ACTIVE && !grid.nodeId().equals(row.getNodeId())
                && grid.isLive(row.getNodeId());
    }
}
