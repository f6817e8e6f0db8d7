package org.grdplanner.planning.control;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * Which planning session each project has, and the node that runs it, in a map all nodes share. The node that runs a
 * session takes its entry out once it has handled its end; until then the project is taken. An entry is stale, and
 * dropped, when its session has ended on this node or its node is gone.
 */
public final class PlanningRegistry {

    private final ConcurrentMap<String, String> claims;
    private final String nodeId;
    private final Predicate<String> isActiveHere;
    private final Predicate<String> isLiveNode;

    public PlanningRegistry(ConcurrentMap<String, String> claims, String nodeId, Predicate<String> isActiveHere,
                            Predicate<String> isLiveNode) {
        this.claims = claims;
        this.nodeId = nodeId;
        this.isActiveHere = isActiveHere;
        this.isLiveNode = isLiveNode;
    }

    private record Claim(String sessionId, String nodeId) {

        static Claim of(String entry) {
            int space = entry.indexOf(' ');
            return new Claim(entry.substring(0, space), entry.substring(space + 1));
        }

        String entry() {
            return sessionId + ' ' + nodeId;
        }
    }

    public Optional<String> active(String projectId) {
        String entry = claims.get(projectId);
        if (entry == null) {
            return Optional.empty();
        }
        Claim claim = Claim.of(entry);
        if (holds(claim)) {
            return Optional.of(claim.sessionId());
        }
        claims.remove(projectId, entry);
        return Optional.empty();
    }

    public void register(String projectId, String sessionId) {
        claims.put(projectId, new Claim(sessionId, nodeId).entry());
    }

    /** A node that left may have taken entries of this node's sessions with it. */
    public void reassert(String projectId, String sessionId) {
        claims.putIfAbsent(projectId, new Claim(sessionId, nodeId).entry());
    }

    public void unregister(String projectId, String sessionId) {
        claims.remove(projectId, new Claim(sessionId, nodeId).entry());
    }

    public int size() {
        return activeSessions().size();
    }

    /** Project id to session id, for the projects whose planning session is still active. */
    public Map<String, String> activeSessions() {
        Map<String, String> active = new TreeMap<>();
        claims.forEach((project, entry) -> {
            Claim claim = Claim.of(entry);
            if (holds(claim)) {
                active.put(project, claim.sessionId());
            }
        });
        return active;
    }

    private boolean holds(Claim claim) {
        return nodeId.equals(claim.nodeId()) ? isActiveHere.test(claim.sessionId()) : isLiveNode.test(claim.nodeId());
    }
}
