package org.grdplanner.testing.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.grdplanner.sessions.control.SessionEnded;

/** Test-only: records every session-end event the application fires. */
@ApplicationScoped
public class EndingsRecorder {

    private final List<SessionEnded> endings = new CopyOnWriteArrayList<>();

    void record(@ObservesAsync SessionEnded ending) {
        endings.add(ending);
    }

    List<SessionEnded> all() {
        return List.copyOf(endings);
    }
}
