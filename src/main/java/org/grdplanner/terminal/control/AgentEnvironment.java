package org.grdplanner.terminal.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

public final class AgentEnvironment {

    static final Set<String> SECRETS = Set.of("GRD_API_TOKEN");

    private AgentEnvironment() {
    }

    public static Map<String, String> of(Map<String, String> server, Map<String, String> requested, String sessionId) {
        Map<String, String> env = withoutSecrets(server);
        env.putAll(requested);
        env.keySet().removeAll(SECRETS);
        env.put("TERM", "xterm-256color");
        env.put("GRD_SESSION_ID", sessionId);
        return env;
    }

    public static Map<String, String> withoutSecrets(Map<String, String> server) {
        Map<String, String> env = new HashMap<>(server);
        env.keySet().removeAll(SECRETS);
        return env;
    }
}
