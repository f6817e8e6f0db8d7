package org.grdplanner.sessions.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.grdplanner.sessions.entity.ExecutionMode;

/**
 * What to run for a project: the command it stands for, the prompt, the command line and where. {@code env} is added
 * to the server's environment; {@code limits} overrides the configured idle timeout and lifetime when not null;
 * {@code parentSessionId}, when not null, is the session whose agent conversation this one continues.
 */
public record SessionConfig(String projectId, String command, String prompt, List<String> argv, Path cwd,
                            ExecutionMode mode, Map<String, String> env, SessionLimits limits,
                            String parentSessionId) {

    public SessionConfig {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
    }

    public static SessionConfig of(String projectId, String command, String prompt, List<String> argv, Path cwd,
                                   ExecutionMode mode) {
        return new SessionConfig(projectId, command, prompt, argv, cwd, mode, Map.of(), null, null);
    }

    public SessionConfig continuing(String parent) {
        return new SessionConfig(projectId, command, prompt, argv, cwd, mode, env, limits, parent);
    }
}
