package org.grdplanner.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.grdplanner.terminal.control.AgentEnvironment;
import org.junit.jupiter.api.Test;

class AgentEnvironmentTest {

    @Test
    void theAgentGetsTheServersEnvironmentWithoutItsToken() {
        Map<String, String> env = AgentEnvironment.of(
                Map.of("PATH", "/usr/bin", "GRD_API_TOKEN", "s3cret", "TERM", "dumb"),
                Map.of("GRD_API_TOKEN", "smuggled", "EXTRA", "1"), "psess-12345678");

        assertFalse(env.containsKey("GRD_API_TOKEN"));
        assertEquals("/usr/bin", env.get("PATH"));
        assertEquals("1", env.get("EXTRA"));
        assertEquals("xterm-256color", env.get("TERM"));
        assertEquals("psess-12345678", env.get("GRD_SESSION_ID"));
    }
}
