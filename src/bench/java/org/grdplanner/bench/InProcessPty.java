package org.grdplanner.bench;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The baseline side: the benchmark agent started and read with pty4j in this JVM, nothing else in between. */
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

    /**
     * Reads the process's output to its end and reaps it; the number of bytes read. Reads of 4 KiB, the most a PTY
     * hands out at once, are pty4j's fastest: it allocates and copies the whole requested size on every read.
     */
    static long drain(PtyProcess process) throws IOException, InterruptedException {
        byte[] buffer = new byte[4 * 1024];
        long total = 0;
        try (InputStream output = process.getInputStream()) {
            int read;
            while ((read = output.read(buffer)) >= 0) {
                total += read;
            }
        } catch (IOException closedAtExit) {
            // Linux reports EIO on a PTY master once the last process holding its other end has exited
        }
        process.waitFor();
        return total;
    }
}
