package org.grdplanner.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.grdplanner.sessions.control.AgentStarted;
import org.grdplanner.sessions.control.SessionManager;
import org.grdplanner.sessions.entity.SessionStatus;

/**
 * Ends a planning session whose agent cannot run the GRD command it was started with: without the plugin, the CLI
 * would send the model a slash command it has never seen, and the model would improvise.
 */
@ApplicationScoped
public class GrdCommandCheck {

    private static final String GRD_MISSING = "GRD is not installed for this agent";
    private static final Logger LOG = Logger.getLogger(GrdCommandCheck.class.getName());

    @Inject
    SessionManager sessions;

    void agentStarted(@ObservesAsync AgentStarted started) {
        if (started.command() == null || CommandCatalogue.find(started.command()).isEmpty()) {
            return;
        }
        String slashCommand = "grd:" + started.command();
        if (!started.start().slashCommands().contains(slashCommand)) {
            LOG.info(() -> "Session " + started.sessionId() + ": the agent has no /" + slashCommand + "; ending it");
            sessions.end(started.sessionId(), SessionStatus.FAILED, GRD_MISSING + ": its slash commands have no /"
                    + slashCommand + ". Install the grd plugin with 'claude plugin install'.");
        }
    }
}
