package org.grdplanner.bench;

import com.pty4j.WinSize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grdplanner.terminal.control.PtyMasterStream;
import org.grdplanner.terminal.control.TerminalProcess;

/**
 * The baseline side: the benchmark agent started in a PTY in this JVM and read, as the server starts and reads it,
 * with nothing in between.
 */
final class InProcessPty {

    private final Path agent;

    InProcessPty(Path agent) {
        this.agent = agent;
    }

    TerminalProcess spawn(Path checkout) throws IOException {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("TERM", "xterm-256color");
        return TerminalProcess.start(List.of(agent.toString(), "/grd:assess-baseline"), checkout, environment,
                new WinSize(120, 40));
    }

    /** The process's output, read the way the server reads it. */
    static InputStream output(TerminalProcess process) {
        return new PtyMasterStream(process, () -> { }, Duration.ofSeconds(5));
    }

    /** Reads the process's output to its end with the server's own PTY reader and reaps it; the bytes read. */
    static long drain(TerminalProcess process) throws IOException, InterruptedException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try (InputStream output = output(process)) {
            int read;
            while ((read = output.read(buffer)) >= 0) {
                total += read;
            }
        }
        process.waitFor();
        return total;
    }
}
