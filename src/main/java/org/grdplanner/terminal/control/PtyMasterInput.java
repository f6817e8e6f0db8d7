package org.grdplanner.terminal.control;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;

/**
 * Input for a {@link TerminalProcess}, written to its PTY's master side. While the terminal's input queue is full
 * (the agent does not read, and the terminal holds a few KiB of its input) a write waits for room, but fails once
 * the agent has taken nothing for {@code patience}, saying how much of the input it took. Once closed, a write fails
 * without touching the descriptor, whose number may belong to another file by then.
 */
public final class PtyMasterInput extends OutputStream {

    private static final int PIECE_BYTES = 4096;

    private final int fd;
    private final Duration patience;
    private final Memory pollFd;
    private final ByteBuffer piece = ByteBuffer.allocateDirect(PIECE_BYTES);
    private boolean closed;

    PtyMasterInput(int fd, Duration patience) {
        this.fd = fd;
        this.patience = patience;
        this.pollFd = MasterFd.pollFd(fd, MasterFd.POLLOUT);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (closed) {
            throw new IOException("the agent's terminal is closed");
        }
        int written = 0;
        long giveUpAt = System.nanoTime() + patience.toNanos();
        while (written < length) {
            int size = Math.min(length - written, PIECE_BYTES);
            piece.clear();
            piece.put(bytes, offset + written, size).flip();
            try {
                written += (int) MasterFd.write(fd, piece, size);
                giveUpAt = System.nanoTime() + patience.toNanos();
            } catch (LastErrorException e) {
                if (e.getErrorCode() == MasterFd.EAGAIN) {
                    awaitRoom(giveUpAt, written, length);
                } else if (e.getErrorCode() != MasterFd.EINTR) {
                    throw new IOException("Writing to the PTY failed with errno " + e.getErrorCode(), e);
                }
            }
        }
    }

    /** Waits for a write in progress; no write after it reaches the descriptor. */
    @Override
    public synchronized void close() {
        closed = true;
    }

    private void awaitRoom(long giveUpAt, int written, int length) throws IOException {
        long left = giveUpAt - System.nanoTime();
        if (left <= 0) {
            throw new IOException("the agent took " + written + " of " + length + " bytes and has read no more for "
                    + patience.toSeconds() + " s");
        }
        MasterFd.await(pollFd, (int) Math.max(1, Duration.ofNanos(left).toMillis()));
    }
}
