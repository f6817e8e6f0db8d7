package org.grdplanner.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.grdplanner.planning.control.PlanningRegistry;
import org.junit.jupiter.api.Test;

class PlanningRegistryTest {

    private final Set<String> running = new HashSet<>();
    private final PlanningRegistry registry = new PlanningRegistry(running::contains);

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
    void unregisteringBySessionFreesItsProject() {
        running.add("psess-1");
        running.add("psess-2");
        registry.register("proj-a", "psess-1");
        registry.register("proj-b", "psess-2");

        registry.unregister("psess-1");

        assertEquals(Optional.empty(), registry.active("proj-a"));
        assertEquals(Optional.of("psess-2"), registry.active("proj-b"));
    }
}
