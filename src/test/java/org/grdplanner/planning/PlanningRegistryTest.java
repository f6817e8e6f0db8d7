package org.grdplanner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.grdplanner.planning.control.PlanningRegistry;
import org.junit.jupiter.api.Test;

class PlanningRegistryTest {

    private final Set<String> running = new HashSet<>();
    private final Set<String> liveNodes = new HashSet<>(Set.of("node-a", "node-b"));
    private final ConcurrentMap<String, String> shared = new ConcurrentHashMap<>();
    private final PlanningRegistry registry = onNode("node-a");
    private final PlanningRegistry otherNode = onNode("node-b");

    private PlanningRegistry onNode(String node) {
        return new PlanningRegistry(shared, node, running::contains, liveNodes::contains);
    }

    @Test
    void anActiveSessionIsKept() {
        running.add("psess-1");
        registry.register("proj-a", "psess-1");

        assertEquals(Optional.of("psess-1"), registry.active("proj-a"));
        assertEquals(Optional.empty(), registry.active("proj-b"));
    }

    @Test
    void aStaleEntryIsDroppedAndStaysDropped() {
        running.add("psess-1");
        registry.register("proj-a", "psess-1");
        running.remove("psess-1");

        assertEquals(Optional.empty(), registry.active("proj-a"));
        running.add("psess-1");
        assertEquals(Optional.empty(), registry.active("proj-a"));
    }

    @Test
    void unregisteringASessionFreesItsProject() {
        running.add("psess-1");
        running.add("psess-2");
        registry.register("proj-a", "psess-1");
        registry.register("proj-b", "psess-2");

        registry.unregister("proj-a", "psess-1");

        assertEquals(Optional.empty(), registry.active("proj-a"));
        assertEquals(Optional.of("psess-2"), registry.active("proj-b"));
    }

    @Test
    void anotherNodesSessionHoldsItsProjectUntilThatNodeUnregistersIt() {
        otherNode.register("proj-a", "psess-9");

        assertEquals(Optional.of("psess-9"), registry.active("proj-a"));
        assertEquals(Map.of("proj-a", "psess-9"), registry.activeSessions());
        registry.unregister("proj-a", "psess-9");
        assertEquals(Optional.of("psess-9"), registry.active("proj-a"));

        otherNode.unregister("proj-a", "psess-9");
        assertEquals(Optional.empty(), registry.active("proj-a"));
    }

    @Test
    void theSessionsOfANodeThatIsGoneHoldNothing() {
        otherNode.register("proj-a", "psess-9");
        liveNodes.remove("node-b");

        assertEquals(0, registry.size());
        assertEquals(Optional.empty(), registry.active("proj-a"));
        assertEquals(Map.of(), shared);
    }

    @Test
    void aSessionWhoseEntryWasLostIsRegisteredAgainButTakesNoOtherProject() {
        running.add("psess-1");
        registry.reassert("proj-a", "psess-1");
        otherNode.register("proj-b", "psess-9");
        registry.reassert("proj-b", "psess-1");

        assertEquals(Optional.of("psess-1"), registry.active("proj-a"));
        assertEquals(Optional.of("psess-9"), registry.active("proj-b"));
    }
}
