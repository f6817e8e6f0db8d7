package org.grdplanner.output.control;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.terminal.control.PtyMasterStream;

/**
 * Moves what the agent prints from its PTY into the session's output log until the PTY's output ends. A failure to
 * read the PTY ends the output like the PTY's own end does; a failure to write the transcript is thrown, as a
 * session whose output can no longer be kept has failed.
 */
public final class OutputPump {

    /**
     * What the reader gathers before one append: a session that prints little keeps a small buffer, one that floods
     * grows it, so a flood is appended and streamed in pieces of up to 128 KiB (32 KiB pieces cost the server 40% more
     * CPU per byte, see BENCHMARKS.md).
     */
    private static final int READ_BUFFER_FIRST = 4 * 1024;
    private static final int READ_BUFFER_LIMIT = 128 * 1024;
    private static final Logger LOG = Logger.getLogger(OutputPump.class.getName());

    private final String sessionId;
    private final OutputLog log;
    private final Executor writer;

    public OutputPump(String sessionId, OutputLog log, Executor writer) {
        this.sessionId = sessionId;
        this.log = log;
        this.writer = writer;
    }

    /**
     * Returns once the PTY's output has ended and all of it is in the log; closes the PTY in any case, and on a
     * failure leaves a transcript writer that may still run to end by itself. {@code onOutput} sees each piece once it
     * is appended, before the buffer is reused.
     */
    public void drain(PtyMasterStream pty, Observer onOutput) throws IOException, InterruptedException {
        OutputHandoff handoff = new OutputHandoff(log, writer);
        try {
            byte[] buffer = new byte[READ_BUFFER_FIRST];
            int filled = 0;
            int read;
            while ((read = read(pty, buffer, filled)) >= 0) {
                filled += read;
                if (read > 0) {
                    if (filled == buffer.length && buffer.length < READ_BUFFER_LIMIT) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    }
                    if (filled < buffer.length) {
                        continue;
                    }
                }
                int complete = Utf8.completePrefix(buffer, 0, filled);
                byte[] next = handoff.append(buffer, complete);
                onOutput.appended(buffer, complete);
                filled -= complete;
                System.arraycopy(buffer, complete, next, 0, filled);
                buffer = next;
            }
            handoff.append(buffer, filled);
            onOutput.appended(buffer, filled);
            handoff.close();
        } finally {
            close(pty);
        }
    }

    /** Reads on while more is waiting, so that a flood is appended in large pieces; -1 once the output has ended. */
    @FunctionalInterface
    public interface Observer {
        void appended(byte[] bytes, int length);
    }

    private int read(PtyMasterStream pty, byte[] buffer, int filled) {
        try {
            return filled == 0 ? pty.read(buffer, 0, buffer.length)
                    : pty.readWaiting(buffer, filled, buffer.length - filled);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Reading the PTY of " + sessionId + " failed; its output ends here", e);
            return -1;
        }
    }

    private void close(PtyMasterStream pty) {
        try {
            pty.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the PTY of " + sessionId + " failed", e);
        }
    }
}
