package org.grdplanner.sessions.control;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * The output of a {@link TerminalProcess}, read from the PTY's master side with plain poll(2) and read(2) into one
 * reused native buffer. pty4j's own stream allocates JNA structures and an array of the requested size on every
 * read and cost about 120 µs of CPU per 4 KiB read, a whole core at 35 MiB/s (see BENCHMARKS.md).
 *
 * <p>The stream ends when the last process holding the PTY's other end is gone. Children of the agent may hold it
 * after the agent itself has exited: then {@code onLeaderExit} runs once (it ends the process group), and if the
 * PTY is still held {@code linger} later, by a process that left the group, the stream ends anyway.
 */
public final class PtyMasterStream extends InputStream {

    private static final int EINTR = 4;
    private static final int EIO = 5;
    private static final int EAGAIN = 11;
    private static final short POLLIN = 1;
    private static final int POLL_MILLIS = 1000;
    private static final int BUFFER_BYTES = 16 * 1024;

    static {
        Native.register("c");
    }

    private static native int poll(Pointer fds, int count, int timeoutMillis) throws LastErrorException;

    private static native long read(int fd, ByteBuffer buffer, long count) throws LastErrorException;

    private final TerminalProcess process;
    private final int fd;
    private final Runnable onLeaderExit;
    private final long lingerNanos;
    private final Memory pollFd = new Memory(8);
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES);
    private boolean readable;
    private long nextLeaderCheck;
    private long giveUpAt = Long.MAX_VALUE;

    public PtyMasterStream(TerminalProcess process, Runnable onLeaderExit, Duration linger) {
        this.process = process;
        this.fd = process.masterFd();
        this.onLeaderExit = onLeaderExit;
        this.lingerNanos = linger.toNanos();
        pollFd.setInt(0, fd);
        pollFd.setShort(4, POLLIN);
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
        while (true) {
            if (leaderGoneTooLong()) {
                return -1;
            }
            try {
                if (!readable && poll(pollFd, 1, POLL_MILLIS) == 0) {
                    continue;
                }
                readable = false;
                buffer.clear();
                long read = read(fd, buffer, Math.min(length, BUFFER_BYTES));
                if (read == 0) {
                    return -1;
                }
                buffer.get(target, offset, (int) read);
                return (int) read;
            } catch (LastErrorException e) {
                if (e.getErrorCode() == EIO) {
                    return -1;
                }
                if (e.getErrorCode() != EINTR && e.getErrorCode() != EAGAIN) {
                    throw new IOException("Reading the PTY failed with errno " + e.getErrorCode(), e);
                }
            }
        }
    }

    /** 1 when a read would not wait (output is waiting, or the PTY is closed), else 0. */
    @Override
    public int available() throws IOException {
        if (!readable) {
            try {
                readable = poll(pollFd, 1, 0) > 0;
            } catch (LastErrorException e) {
                if (e.getErrorCode() != EINTR) {
                    throw new IOException("Polling the PTY failed with errno " + e.getErrorCode(), e);
                }
            }
        }
        return readable ? 1 : 0;
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
        process.getInputStream().close();
    }
}
