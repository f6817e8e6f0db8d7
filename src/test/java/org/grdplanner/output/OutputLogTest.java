package org.grdplanner.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.grdplanner.output.control.Chunk;
import org.grdplanner.output.control.OutputLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLogTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readAll(OutputLog log, long from, int max) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        long position = from;
        while (position < log.end()) {
            Chunk chunk = log.read(position, max);
            assertEquals(position, chunk.offset());
            all.writeBytes(chunk.bytes());
            position = chunk.end();
        }
        return all.toByteArray();
    }

    @Test
    void writesTheTranscriptBeforeTheRing() throws IOException {
        Path transcript = dir.resolve("s.log");
        try (OutputLog log = OutputLog.create(transcript, 16)) {
            log.append(utf8("hello"), 0, 5);

            assertArrayEquals(utf8("hello"), Files.readAllBytes(transcript));
            assertEquals(5, log.end());
        }
    }

    @Test
    void readsFromTheRingAndFallsBackToTheTranscript() throws IOException {
        byte[] text = utf8("0123456789abcdefghij€€€😀😀 the end");
        try (OutputLog log = OutputLog.create(dir.resolve("s.log"), 8)) {
            for (int i = 0; i < text.length; i += 3) {
                log.append(text, i, Math.min(3, text.length - i));
            }
            assertArrayEquals(text, readAll(log, 0, 5));
            assertArrayEquals(text, readAll(log, 0, 4096));
            byte[] tail = new byte[6];
            System.arraycopy(text, text.length - 6, tail, 0, 6);
            assertArrayEquals(tail, log.read(text.length - 6, 100).bytes());
        }
    }

    @Test
    void theRingGrowsWithTheOutputAndKeepsItAllUpToItsLimit() throws IOException {
        Path transcript = dir.resolve("s.log");
        byte[] text = new byte[100 * 1024];
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + i % 26);
        }
        try (OutputLog log = OutputLog.create(transcript, 64 * 1024)) {
            for (int i = 0; i < 48 * 1024; i += 3000) {
                log.append(text, i, Math.min(3000, 48 * 1024 - i));
            }
            Files.delete(transcript);
            assertArrayEquals(Arrays.copyOf(text, 48 * 1024), readAll(log, 0, 7000));

            log.append(text, 48 * 1024, 52 * 1024);
            assertArrayEquals(Arrays.copyOfRange(text, 36 * 1024, text.length), readAll(log, 36 * 1024, 7000));
        }
    }

    @Test
    void neverSplitsAMultiByteSequence() throws IOException {
        byte[] text = utf8("€😀€😀€😀");
        try (OutputLog log = OutputLog.create(dir.resolve("s.log"), 1024)) {
            log.append(text, 0, text.length);
            for (int max = 4; max < text.length; max++) {
                Chunk first = log.read(0, max);
                assertEquals(first.text(), new String(first.bytes(), StandardCharsets.UTF_8));
                assertFalse(first.text().contains("\uFFFD"));
            }
            Chunk fromInside = log.read(1, 100);
            assertEquals(3, fromInside.offset());
            assertEquals("😀€😀€😀", fromInside.text());
        }
    }

    @Test
    void aFinishedLogReadsItsTranscript() throws IOException {
        Path transcript = dir.resolve("done.log");
        Files.write(transcript, utf8("all of it"));

        OutputLog log = OutputLog.finished(transcript);

        assertTrue(log.isFinished());
        assertEquals(9, log.end());
        assertEquals("of it", log.read(4, 100).text());
    }

    /** The transcript of a session that ran on a node of the cluster that is gone is on that node's disk. */
    @Test
    void aFinishedLogWithoutItsTranscriptIsEmpty() {
        OutputLog log = OutputLog.finished(dir.resolve("elsewhere.log"));

        Chunk chunk = log.read(0, 1024);

        assertEquals(0, chunk.end());
        assertEquals("", chunk.text());
    }

    @Test
    void waitersWakeOnOutputAndOnFinish() throws Exception {
        try (OutputLog log = OutputLog.create(dir.resolve("s.log"), 64)) {
            CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> await(log, 0));
            log.append(utf8("x"), 0, 1);
            assertTrue(waiter.get(10, TimeUnit.SECONDS));

            CompletableFuture<Boolean> atEnd = CompletableFuture.supplyAsync(() -> await(log, 1));
            log.finish();
            assertFalse(atEnd.get(10, TimeUnit.SECONDS));
        }
    }

    private static boolean await(OutputLog log, long position) {
        try {
            return log.awaitBeyond(position, Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
