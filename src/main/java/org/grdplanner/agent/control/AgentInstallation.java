package org.grdplanner.agent.control;

import java.util.List;

/** What the configured agent CLI is here, and whether GRD is installed for it. */
public record AgentInstallation(boolean found, String command, String path, String version, boolean grdInstalled,
                                String grdPlugin, String grdVersion, String permissionMode, List<String> problems) {

    public AgentInstallation {
        problems = List.copyOf(problems);
    }
}
