package org.grdplanner.agent.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.terminal.control.Executables;

@ApplicationScoped
public class AgentCommand {

    @Inject
    @ConfigProperty(name = "grd.agent.command", defaultValue = "claude")
    String configured;

    @Inject
    @ConfigProperty(name = "grd.agent.permission.mode", defaultValue = "bypassPermissions")
    String permissionMode;

    /** The agent CLI as an absolute path, looked up on each call so that installing it needs no restart. */
    public Optional<Path> find(Path directory) {
        return Executables.resolve(configured, directory, System.getenv("PATH"));
    }

    public String resolve(Path projectDirectory) {
        return find(projectDirectory).map(Path::toString)
                .orElseThrow(() -> Refusal.badRequest(notFound()));
    }

    public String notFound() {
        return "Agent CLI '" + configured + "' not found on PATH; set GRD_AGENT_COMMAND";
    }

    public PermissionMode requirePermissionMode() {
        return PermissionMode.require(permissionMode);
    }

    /** GRD_AGENT_PERMISSION_MODE as configured, which may name no mode. */
    public String permissionModeFlag() {
        return permissionMode;
    }
}
