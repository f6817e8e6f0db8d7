package org.grdplanner.output.control;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends what the PTY reader gathers to the session's output log, large pieces on a writer task of their own, so
 * that the reader goes back to the PTY while the transcript is written. A reader that writes the transcript itself
 * leaves the agent the PTY's own buffer, about 17 KiB, to run ahead, and then the agent waits: under a flood that
 * cost a tenth of the throughput (see BENCHMARKS.md). Small pieces, an echo or a line now and then, are
 * appended by the reader once the piece before them is, as handing them over would only delay them.
 *
 * <p>One piece is written while the reader fills the next buffer; a reader that is a whole piece ahead waits. The
 * writer stays a second after its last piece, so that a flood starts one task, not one per piece. One reader uses
 * an instance.
 */
public final class OutputHandoff {

    public static final int HAND_OVER_BYTES = 32 * 1024;
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final OutputLog log;
    private final Executor executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private byte[] piece;
    private int pieceLength;
    private byte[] spare;
    private boolean writerRuns;
    private boolean closed;
    private IOException failure;

    public OutputHandoff(OutputLog log, Executor executor) {
        this.log = log;
        this.executor = executor;
    }

    /**
     * Appends the first {@code length} bytes of {@code buffer}, now or on the writer task; returns the buffer to
     * read into next, as long as this one: this one if it was appended now, otherwise one the writer is done with.
     */
    public byte[] append(byte[] buffer, int length) throws IOException, InterruptedException {
        lock.lock();
        try {
            awaitPieceWritten();
            if (length >= HAND_OVER_BYTES && (writerRuns || startWriter())) {
                piece = buffer;
                pieceLength = length;
                changed.signalAll();
                byte[] next = spare != null && spare.length == buffer.length ? spare : new byte[buffer.length];
                spare = null;
                return next;
            }
            log.append(buffer, 0, length);
            return buffer;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until everything handed over is appended and the writer has ended. */
    public void close() throws IOException, InterruptedException {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
            while (writerRuns) {
                changed.await();
            }
            throwFailure();
        } finally {
            lock.unlock();
        }
    }

    private boolean startWriter() {
        try {
            executor.execute(this::write);
            writerRuns = true;
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void awaitPieceWritten() throws IOException, InterruptedException {
        while (piece != null) {
            changed.await();
        }
        throwFailure();
    }

    private void throwFailure() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    private void write() {
        lock.lock();
        try {
            while (awaitPiece()) {
                byte[] bytes = piece;
                int length = pieceLength;
                lock.unlock();
                try {
                    log.append(bytes, 0, length);
                } finally {
                    lock.lock();
                }
                piece = null;
                spare = bytes;
                changed.signalAll();
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("The transcript's writer was interrupted");
            Thread.currentThread().interrupt();
        } finally {
            piece = null;
            writerRuns = false;
            changed.signalAll();
            lock.unlock();
        }
    }

    /** True once a piece waits; false when the handoff is closed or nothing came for the linger time. */
    private boolean awaitPiece() throws InterruptedException {
        long nanos = LINGER_NANOS;
        while (piece == null && !closed && nanos > 0) {
            nanos = changed.awaitNanos(nanos);
        }
        return piece != null;
    }
}
