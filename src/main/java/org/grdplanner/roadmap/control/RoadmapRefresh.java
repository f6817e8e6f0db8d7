package org.grdplanner.roadmap.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.grdplanner.planning.control.PlanningSessionEnded;
import org.grdplanner.platform.control.ProjectEvent;
import org.grdplanner.platform.control.SharedJson;
import org.grdplanner.roadmap.entity.Progress;

/** A planning session writes .planning/; when one ends, the roadmap is read again and pages are told. */
@ApplicationScoped
public class RoadmapRefresh {

    @Inject
    Event<ProjectEvent> projectEvents;

    void reread(@ObservesAsync PlanningSessionEnded ended) {
        Progress progress = RoadmapReader.read(ended.checkout()).progress();
        projectEvents.fireAsync(new ProjectEvent(ended.projectId(), "roadmap_changed", SharedJson.createObjectBuilder()
                .add("session_id", ended.sessionId())
                .add("phases_complete", progress.phasesComplete())
                .add("phases_total", progress.phasesTotal())
                .add("plans_with_summary", progress.plansWithSummary())
                .add("plans_total", progress.plansTotal())
                .build()));
    }
}
