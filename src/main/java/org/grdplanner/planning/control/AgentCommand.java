package org.grdplanner.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.grdplanner.platform.control.ApiException;
import org.grdplanner.sessions.control.Executables;

@ApplicationScoped
public class AgentCommand {

    @Inject
    @ConfigProperty(name = "grd.agent.command", defaultValue = "claude")
    String configured;

    /** The agent CLI as an absolute path, looked up on each call so that installing it needs no restart. */
    public String resolve(Path projectDirectory) {
        return Executables.resolve(configured, projectDirectory, System.getenv("PATH"))
                .map(Path::toString)
                .orElseThrow(() -> ApiException.badRequest("Agent CLI '" + configured
                        + "' not found on PATH; set GRD_AGENT_COMMAND"));
    }
}
