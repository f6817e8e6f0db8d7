package org.grdplanner.bench;

import java.util.Locale;

/** What src/bench/scripts/bench-agent.sh does in a checkout. */
enum AgentMode {
    FLOOD, ECHO, HELLO;

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
