package org.grdplanner.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.projects.control.ProjectCreated;
import org.grdplanner.planning.entity.GrdInitStatus;

@ApplicationScoped
public class AutoInitialization {

    private static final Logger LOG = Logger.getLogger(AutoInitialization.class.getName());

    @Inject
    GrdPlanningService planning;

    @Inject
    InitStatuses initStatuses;

    void initializeWhenAsked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectCreated created) {
        if (!created.autoInit()) {
            planning.recognizePlanning(created.projectId());
            return;
        }
        try {
            planning.initialize(created.projectId(), null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start initializing project " + created.projectId(), e);
            initStatuses.change(created.projectId(), GrdInitStatus.FAILED, e.getMessage());
        }
    }
}
