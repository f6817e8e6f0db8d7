package org.grdplanner.planning.control;

import java.util.Optional;
import org.grdplanner.planning.entity.GrdInitStatus;

/** A project's planning state as one snapshot: its initialization and the planning session it runs, if any. */
public record PlanningStatus(GrdInitStatus initStatus, Optional<String> activeSessionId) {
}
