package org.grdplanner.planning.control;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Which planning session each project has; an entry whose session is no longer active is stale and dropped. */
public final class PlanningRegistry {

    private final Map<String, String> sessionsByProject = new ConcurrentHashMap<>();
    private final Predicate<String> isActive;

    public PlanningRegistry(Predicate<String> isActive) {
        this.isActive = isActive;
    }

    public Optional<String> active(String projectId) {
        String sessionId = sessionsByProject.get(projectId);
        if (sessionId == null) {
            return Optional.empty();
        }
        if (isActive.test(sessionId)) {
            return Optional.of(sessionId);
        }
        sessionsByProject.remove(projectId, sessionId);
        return Optional.empty();
    }

    public void register(String projectId, String sessionId) {
        sessionsByProject.put(projectId, sessionId);
    }

    public int size() {
        return (int) sessionsByProject.values().stream().filter(isActive).count();
    }

    /** Project id to session id, for the projects whose planning session is still active. */
    public Map<String, String> activeSessions() {
        Map<String, String> active = new TreeMap<>();
        sessionsByProject.forEach((project, session) -> {
            if (isActive.test(session)) {
                active.put(project, session);
            }
        });
        return active;
    }

    public void unregister(String sessionId) {
        sessionsByProject.values().remove(sessionId);
    }
}
