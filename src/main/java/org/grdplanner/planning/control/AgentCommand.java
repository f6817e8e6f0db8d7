package org.grdplanner.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.grdplanner.platform.control.ApiException;
import org.grdplanner.sessions.control.Executables;

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
                .orElseThrow(() -> ApiException.badRequest(notFound()));
    }

    public String notFound() {
        return "Agent CLI '" + configured + "' not found on PATH; set GRD_AGENT_COMMAND";
    }

    public Optional<PermissionMode> permissionMode() {
        return PermissionMode.fromFlag(permissionMode);
    }

    public PermissionMode requirePermissionMode() {
        return permissionMode().orElseThrow(() -> ApiException.badRequest(unknownPermissionMode()));
    }

    public String unknownPermissionMode() {
        return "GRD_AGENT_PERMISSION_MODE is '" + permissionMode + "', which Claude Code does not know; set it to one of "
                + PermissionMode.flags() + ".";
    }

    public String configuredPermissionMode() {
        return permissionMode;
    }
}
