package org.grdplanner.sessions.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to run for a project. {@code limits} overrides the configured idle timeout and lifetime when not null.
 */
public record SessionConfig(String projectId, List<String> argv, Path cwd, String executionType,
                            String executionMode, Map<String, String> env, String command, String prompt,
                            SessionLimits limits) {

    public SessionConfig {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
    }
}
