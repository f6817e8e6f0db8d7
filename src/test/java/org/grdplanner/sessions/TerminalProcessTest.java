package org.grdplanner.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pty4j.WinSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.grdplanner.sessions.control.ProcessGroups;
import org.grdplanner.sessions.control.TerminalProcess;
import org.junit.jupiter.api.Test;

class TerminalProcessTest {

    private static final Map<String, String> PATH = Map.of("PATH", "/usr/bin:/bin");

    @Test
    void aStopRightAfterTheStartReachesTheAgentsGroup() throws Exception {
        for (int round = 0; round < 20; round++) {
            TerminalProcess agent = TerminalProcess.start(List.of("sleep", "30"), Path.of("/"), PATH,
                    new WinSize(80, 24));
            try {
                assertTrue(ProcessGroups.signal(agent.pid(), ProcessGroups.SIGTERM), "no group " + agent.pid());
                assertTrue(agent.waitFor(10, TimeUnit.SECONDS));
                assertEquals(128 + ProcessGroups.SIGTERM, agent.exitValue());
            } finally {
                agent.destroyForcibly();
                agent.getInputStream().close();
            }
        }
    }
}
