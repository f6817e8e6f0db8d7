package org.grdplanner.bench;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.grdplanner.sessions.control.PtyMasterStream;

/**
 * The baseline side: the benchmark agent started by pty4j in this JVM and its PTY read with the server's own reader,
 * with nothing in between.
 */
final class InProcessPty {

    private final Path agent;

    InProcessPty(Path agent) {
        this.agent = agent;
    }

    PtyProcess spawn(Path checkout) throws IOException {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("TERM", "xterm-256color");
        return new PtyProcessBuilder(new String[] {agent.toString(), "/grd:assess-baseline"})
                .setDirectory(checkout.toString())
                .setEnvironment(environment)
                .setInitialColumns(120)
                .setInitialRows(40)
                .start();
    }

    /** The process's output, read the way the server reads it. */
    static InputStream output(PtyProcess process) {
        return new PtyMasterStream(process, () -> { }, Duration.ofSeconds(5));
    }

    /** Reads the process's output to its end with the server's own PTY reader and reaps it; the bytes read. */
    static long drain(PtyProcess process) throws IOException, InterruptedException {
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
