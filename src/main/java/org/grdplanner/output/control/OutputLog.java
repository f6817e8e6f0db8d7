package org.grdplanner.output.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A session's output: appended to the transcript file first, then kept in a bounded in-memory ring, addressed by
 * absolute byte offsets. Readers that fall behind the ring read from the transcript. The ring starts small and
 * doubles up to its limit as output arrives, so a session that prints little costs little.
 */
public final class OutputLog implements AutoCloseable {

    private final Path transcript;
    private final FileChannel appender;
    private static final int FIRST_RING_BYTES = 16 * 1024;
    private static final byte[] LINE_END = {'\n'};

    private final int ringLimit;
    private byte[] ring;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition grown = lock.newCondition();
    private volatile long end;
    private volatile boolean finished;

    private OutputLog(Path transcript, FileChannel appender, int ringBytes, long end, boolean finished) {
        this.transcript = transcript;
        this.appender = appender;
        this.ringLimit = ringBytes;
        this.ring = new byte[Math.min(ringBytes, FIRST_RING_BYTES)];
        this.end = end;
        this.finished = finished;
    }

    public static OutputLog create(Path transcript, int ringBytes) {
        try {
            FileChannel appender = FileChannel.open(transcript,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return new OutputLog(transcript, appender, ringBytes, 0, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the transcript " + transcript, e);
        }
    }

    public static OutputLog finished(Path transcript) {
        try {
            long size = Files.exists(transcript) ? Files.size(transcript) : 0;
            return new OutputLog(transcript, null, 0, size, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the transcript " + transcript, e);
        }
    }

    public long end() {
        return end;
    }

    public boolean isFinished() {
        return finished;
    }

    public void append(byte[] bytes, int from, int length) throws IOException {
        if (length == 0) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, length);
        while (buffer.hasRemaining()) {
            appender.write(buffer);
        }
        lock.lock();
        try {
            growRing(end + length);
            copyIntoRing(bytes, from, length);
            end += length;
            grown.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void finish() {
        lock.lock();
        try {
            finished = true;
            grown.signalAll();
        } finally {
            lock.unlock();
        }
        close();
    }

    /** Waits until output beyond {@code position} exists or the log is finished; true when there is more to read. */
    public boolean awaitBeyond(long position, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (end <= position && !finished && nanos > 0) {
                nanos = grown.awaitNanos(nanos);
            }
            return end > position;
        } finally {
            lock.unlock();
        }
    }

    /** At most {@code max} bytes from {@code from}, cut so that no UTF-8 sequence is split. */
    public Chunk read(long from, int max) {
        try (Reader once = reader()) {
            return once.read(from, max);
        }
    }

    /** A reader for one client, which keeps the transcript open between reads. */
    public Reader reader() {
        return new Reader();
    }

    public final class Reader implements AutoCloseable {

        private FileChannel channel;

        private Reader() {
        }

        /** At most {@code max} bytes from {@code from}, cut so that no UTF-8 sequence is split. */
        public Chunk read(long from, int max) {
            long start = Math.max(0, Math.min(from, end));
            int length = (int) Math.min(max, end - start);
            byte[] bytes = new byte[length];
            if (length == 0) {
                return new Chunk(start, bytes);
            }
            if (!copyFromRing(start, bytes)) {
                readTranscript(start, bytes);
            }
            int skipped = start == 0 ? 0 : Utf8.continuationBytesAt(bytes, 0, length);
            int complete = start + length == end ? length - skipped
                    : Utf8.completePrefix(bytes, skipped, length - skipped);
            if (skipped == 0 && complete == length) {
                return new Chunk(start, bytes);
            }
            return new Chunk(start + skipped, Arrays.copyOfRange(bytes, skipped, skipped + complete));
        }

        public boolean isLineStart(long position) {
            return position == 0 || Arrays.equals(read(position - 1, 1).bytes(), LINE_END);
        }

        private void readTranscript(long start, byte[] target) {
            try {
                if (channel == null) {
                    channel = FileChannel.open(transcript, StandardOpenOption.READ);
                }
                ByteBuffer buffer = ByteBuffer.wrap(target);
                long position = start;
                while (buffer.hasRemaining()) {
                    int read = channel.read(buffer, position);
                    if (read < 0) {
                        throw new IOException("Transcript " + transcript + " is shorter than " + end + " bytes");
                    }
                    position += read;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            closeIfOpen(channel);
        }
    }

    /** Until the output outgrows the limit the ring holds all of it from offset 0, so growing is one copy. */
    private void growRing(long needed) {
        if (ring.length >= ringLimit || needed <= ring.length) {
            return;
        }
        int capacity = ring.length;
        while (capacity < needed && capacity < ringLimit) {
            capacity = (int) Math.min(ringLimit, capacity * 2L);
        }
        ring = Arrays.copyOf(ring, capacity);
    }

    private void copyIntoRing(byte[] bytes, int from, int length) {
        if (ring.length == 0) {
            return;
        }
        int skip = Math.max(0, length - ring.length);
        long offset = end + skip;
        int remaining = length - skip;
        int source = from + skip;
        while (remaining > 0) {
            int index = (int) (offset % ring.length);
            int run = Math.min(remaining, ring.length - index);
            System.arraycopy(bytes, source, ring, index, run);
            offset += run;
            source += run;
            remaining -= run;
        }
    }

    private boolean copyFromRing(long start, byte[] target) {
        lock.lock();
        try {
            if (ring.length == 0 || start < end - ring.length) {
                return false;
            }
            long offset = start;
            int copied = 0;
            while (copied < target.length) {
                int index = (int) (offset % ring.length);
                int run = Math.min(target.length - copied, ring.length - index);
                System.arraycopy(ring, index, target, copied, run);
                offset += run;
                copied += run;
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        closeIfOpen(appender);
    }

    private static void closeIfOpen(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
