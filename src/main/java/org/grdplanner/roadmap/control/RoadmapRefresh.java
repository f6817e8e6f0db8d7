package org.grdplanner.roadmap.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.grdplanner.planning.control.PlanningSessionEnded;
import org.grdplanner.platform.control.ProjectEvent;
import org.grdplanner.roadmap.entity.Progress;

/** A planning session writes .planning/; when one ends, the roadmap is read again and pages are told. */
@ApplicationScoped
public class RoadmapRefresh {

    @Inject
    Event<ProjectEvent> projectEvents;

    public record RoadmapChanged(String sessionId, int phasesComplete, int phasesTotal, int plansWithSummary,
                                 int plansTotal) {
    }

    void reread(@ObservesAsync PlanningSessionEnded ended) {
        Progress progress = RoadmapReader.read(ended.checkout()).progress();
        projectEvents.fireAsync(new ProjectEvent(ended.projectId(), "roadmap_changed", new RoadmapChanged(
                ended.sessionId(), progress.phasesComplete(), progress.phasesTotal(), progress.plansWithSummary(),
                progress.plansTotal())));
    }
}
