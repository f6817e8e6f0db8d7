package org.grdplanner.terminal.control;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The system calls on a PTY's master side, which the server keeps non-blocking: a read or write that would wait
 * fails with EAGAIN, and the caller waits in poll(2) for as long as it chooses. A reader that is behind then needs
 * one read(2) for each piece of output instead of a poll(2) and a read(2).
 */
final class MasterFd {

    static final int EINTR = 4;
    static final int EIO = 5;
    static final int EAGAIN = 11;
    static final short POLLIN = 1;
    static final short POLLOUT = 4;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int O_NONBLOCK = 04000;

    static {
        Native.register("c");
    }

    private MasterFd() {
    }

    private static native int poll(Pointer fds, int count, int timeoutMillis) throws LastErrorException;

    /**
     * Reads into {@code buffer} from its start; -1 with the error in {@link Native#getLastError()}. It throws no
     * {@link LastErrorException}: EAGAIN ends every burst of output, and an exception each time costs its stack trace.
     */
    static native long read(int fd, ByteBuffer buffer, long count);

    /** Writes from the start of {@code buffer}. */
    static native long write(int fd, ByteBuffer buffer, long count) throws LastErrorException;

    private static native int fcntl(int fd, int command, int argument) throws LastErrorException;

    static void makeNonBlocking(int fd) throws IOException {
        try {
            fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
        } catch (LastErrorException e) {
            throw new IOException("Cannot make the PTY non-blocking: errno " + e.getErrorCode(), e);
        }
    }

    /** A {@code struct pollfd} for waiting on {@code fd}, to reuse from wait to wait. */
    static Memory pollFd(int fd, short events) {
        Memory pollFd = new Memory(8);
        pollFd.setInt(0, fd);
        pollFd.setShort(4, events);
        return pollFd;
    }

    /** Waits until the events of {@code pollFd} occur, at most {@code timeoutMillis}, or a signal comes. */
    static void await(Pointer pollFd, int timeoutMillis) throws IOException {
        try {
            poll(pollFd, 1, timeoutMillis);
        } catch (LastErrorException e) {
            if (e.getErrorCode() != EINTR) {
                throw new IOException("Polling the PTY failed with errno " + e.getErrorCode(), e);
            }
        }
    }
}
