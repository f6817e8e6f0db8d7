package org.grdplanner.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.grdplanner.output.control.OutputHandoff;
import org.grdplanner.output.control.OutputLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputHandoffTest {

    private static final int LARGE = OutputHandoff.HAND_OVER_BYTES;

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger tasks = new AtomicInteger();
    private final AtomicReference<Thread> writer = new AtomicReference<>();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private OutputHandoff handoff(OutputLog log) {
        return new OutputHandoff(log, task -> {
            tasks.incrementAndGet();
            threads.execute(() -> {
                writer.set(Thread.currentThread());
                task.run();
            });
        });
    }

    private static byte[] filled(int length, int seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aSmallPieceIsAppendedAtOnceByTheReader() throws Exception {
        Path transcript = dir.resolve("s.log");
        try (OutputLog log = OutputLog.create(transcript, 1024)) {
            OutputHandoff handoff = handoff(log);
            byte[] buffer = filled(4096, 1);

            assertSame(buffer, handoff.append(buffer, 100));
            assertEquals(100, log.end());
            assertArrayEquals(Arrays.copyOf(buffer, 100), Files.readAllBytes(transcript));
            assertEquals(0, tasks.get());
            handoff.close();
        }
    }

    @Test
    void aLargePieceIsWrittenByTheWriterWhileTheReaderFillsAnotherBuffer() throws Exception {
        Path transcript = dir.resolve("s.log");
        try (OutputLog log = OutputLog.create(transcript, 1024 * 1024)) {
            OutputHandoff handoff = handoff(log);
            byte[] buffer = filled(2 * LARGE, 2);

            byte[] next = handoff.append(buffer, LARGE + 10);
            handoff.close();

            assertNotSame(buffer, next);
            assertEquals(buffer.length, next.length);
            assertEquals(LARGE + 10, log.end());
            assertArrayEquals(Arrays.copyOf(buffer, LARGE + 10), Files.readAllBytes(transcript));
            assertEquals(1, tasks.get());
            assertNotEquals(Thread.currentThread(), writer.get());
        }
    }

    @Test
    void piecesKeepTheirOrderAndNoBufferIsReusedWhileItIsWritten() throws Exception {
        Path transcript = dir.resolve("s.log");
        Random sizes = new Random(3);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (OutputLog log = OutputLog.create(transcript, 256 * 1024)) {
            OutputHandoff handoff = handoff(log);
            byte[] buffer = new byte[4 * LARGE];
            for (int piece = 0; piece < 400; piece++) {
                int length = sizes.nextBoolean() ? 1 + sizes.nextInt(LARGE - 1) : LARGE + sizes.nextInt(3 * LARGE);
                byte[] content = filled(length, piece);
                System.arraycopy(content, 0, buffer, 0, length);
                expected.writeBytes(content);
                buffer = handoff.append(buffer, length);
                Arrays.fill(buffer, (byte) 0);
            }
            handoff.close();

            assertEquals(expected.size(), log.end());
            assertArrayEquals(expected.toByteArray(), Files.readAllBytes(transcript));
        }
    }

    @Test
    void closingWaitsForTheLastPieceAndTheWriterEnds() throws Exception {
        try (OutputLog log = OutputLog.create(dir.resolve("s.log"), 1024 * 1024)) {
            OutputHandoff handoff = handoff(log);
            byte[] buffer = filled(LARGE, 4);
            for (int i = 0; i < 20; i++) {
                buffer = handoff.append(buffer, LARGE);
            }
            handoff.close();

            assertEquals(20L * LARGE, log.end());
            assertEquals(1, tasks.get());
            threads.shutdown();
            assertTrue(threads.awaitTermination(1, TimeUnit.MINUTES));
        }
    }

    @Test
    void aTranscriptTheWriterCannotWriteFailsTheReadersNextStep() throws Exception {
        OutputLog log = OutputLog.create(dir.resolve("s.log"), 1024);
        OutputHandoff handoff = handoff(log);
        log.close();

        handoff.append(filled(LARGE, 5), LARGE);

        assertThrows(IOException.class, handoff::close);
        assertEquals(0, log.end());
    }

    @Test
    void withoutAThreadTheReaderAppendsALargePieceItself() throws Exception {
        Path transcript = dir.resolve("s.log");
        try (OutputLog log = OutputLog.create(transcript, 1024 * 1024)) {
            OutputHandoff handoff = new OutputHandoff(log, task -> {
                throw new RejectedExecutionException("no threads left");
            });
            byte[] buffer = filled(LARGE, 6);

            assertSame(buffer, handoff.append(buffer, LARGE));
            assertEquals(LARGE, log.end());
            handoff.close();
            assertArrayEquals(buffer, Files.readAllBytes(transcript));
        }
    }
}
