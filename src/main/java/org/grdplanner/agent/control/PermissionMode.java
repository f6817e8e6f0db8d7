package org.grdplanner.agent.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.grdplanner.platform.control.Refusal;

/**
 * What an autonomous agent may do without asking, as Claude Code's {@code --permission-mode} names it. In {@code -p}
 * mode nobody can answer a permission prompt, so a mode that asks denies instead, and the run still exits 0.
 */
public enum PermissionMode {
    BYPASS_PERMISSIONS("bypassPermissions"),
    ACCEPT_EDITS("acceptEdits"),
    AUTO("auto"),
    DEFAULT("default"),
    PLAN("plan");

    private final String flag;

    PermissionMode(String flag) {
        this.flag = flag;
    }

    public String flag() {
        return flag;
    }

    public static Optional<PermissionMode> fromFlag(String flag) {
        return Arrays.stream(values()).filter(mode -> mode.flag.equals(flag)).findFirst();
    }

    /** The mode GRD_AGENT_PERMISSION_MODE names; any other value is refused before an agent starts. */
    public static PermissionMode require(String flag) {
        return fromFlag(flag).orElseThrow(() -> Refusal.badRequest(unknown(flag)));
    }

    static String unknown(String flag) {
        return "GRD_AGENT_PERMISSION_MODE is '" + flag + "', which Claude Code does not know; set it to one of "
                + Arrays.stream(values()).map(PermissionMode::flag).collect(Collectors.joining(", ")) + ".";
    }
}
