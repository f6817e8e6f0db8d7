package org.grdplanner.terminal.control;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * The output of a {@link TerminalProcess}, read from the PTY's master side with plain read(2) into one reused native
 * buffer, and poll(2) when nothing is waiting. pty4j's own stream allocates JNA structures and an array of the
 * requested size on every read and cost about 120 µs of CPU per 4 KiB read, a whole core at 35 MiB/s (see
 * BENCHMARKS.md).
 *
 * <p>The stream ends when the last process holding the PTY's other end is gone. Children of the agent may hold it
 * after the agent itself has exited: then {@code onLeaderExit} runs once (it ends the process group), and if the
 * PTY is still held {@code linger} later, by a process that left the group, the stream ends anyway.
 */
public final class PtyMasterStream extends InputStream {

    private static final int POLL_MILLIS = 1000;
    private static final int BUFFER_BYTES = 16 * 1024;

    private final TerminalProcess process;
    private final int fd;
    private final Runnable onLeaderExit;
    private final long lingerNanos;
    private final Memory pollFd;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES);
    private long nextLeaderCheck;
    private long giveUpAt = Long.MAX_VALUE;

    public PtyMasterStream(TerminalProcess process, Runnable onLeaderExit, Duration linger) {
        this.process = process;
        this.fd = process.masterFd();
        this.onLeaderExit = onLeaderExit;
        this.lingerNanos = linger.toNanos();
        this.pollFd = MasterFd.pollFd(fd, MasterFd.POLLIN);
        nextLeaderCheck = System.nanoTime() + POLL_MILLIS * 1_000_000L;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!leaderGoneTooLong()) {
            int read = readWaiting(target, offset, length);
            if (read != 0) {
                return read;
            }
            MasterFd.await(pollFd, POLL_MILLIS);
        }
        return -1;
    }

    /** What output is waiting, without waiting for more: 0 when none is, -1 at the end. */
    public int readWaiting(byte[] target, int offset, int length) throws IOException {
        buffer.clear();
        long read = MasterFd.read(fd, buffer, Math.min(length, BUFFER_BYTES));
        if (read > 0) {
            buffer.get(target, offset, (int) read);
            return (int) read;
        }
        if (read == 0) {
            return -1;
        }
        int error = Native.getLastError();
        return switch (error) {
            case MasterFd.EIO -> -1;
            case MasterFd.EAGAIN, MasterFd.EINTR -> 0;
            default -> throw new IOException("Reading the PTY failed with errno " + error);
        };
    }

    /** Checks about once a second whether the agent has exited while something else still holds its PTY. */
    private boolean leaderGoneTooLong() {
        long now = System.nanoTime();
        if (now < nextLeaderCheck) {
            return false;
        }
        nextLeaderCheck = now + POLL_MILLIS * 1_000_000L;
        if (giveUpAt == Long.MAX_VALUE && !process.isAlive()) {
            giveUpAt = now + lingerNanos;
            onLeaderExit.run();
        }
        return now > giveUpAt;
    }

    @Override
    public void close() throws IOException {
        process.close();
    }
}
