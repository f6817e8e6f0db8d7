package org.grdplanner.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pty4j.WinSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.grdplanner.output.control.OutputLog;
import org.grdplanner.output.control.OutputPump;
import org.grdplanner.terminal.control.PtyMasterStream;
import org.grdplanner.terminal.control.TerminalProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputPumpTest {

    private static final int RING_BYTES = 1024 * 1024;
    private static final byte INCOMPLETE_UTF8 = (byte) 0xC3;

    @TempDir
    Path dir;

    private final ExecutorService writers = Executors.newCachedThreadPool();
    private final AtomicInteger appends = new AtomicInteger();

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void everythingTheAgentPrintsReachesTheTranscriptInOrderDownToAnUnfinishedLastCharacter() throws Exception {
        Path printed = dir.resolve("printed.txt");
        Files.writeString(printed, text(60_000));
        TerminalProcess agent = start("cat \"$0\"; printf '\\303'", printed.toString());
        Path transcript = dir.resolve("s.log");

        try (OutputLog log = OutputLog.create(transcript, RING_BYTES)) {
            pump(log).drain(pty(agent), (bytes, length) -> appends.incrementAndGet());

            byte[] expected = expectedTranscript(Files.readAllBytes(printed));
            assertEquals(expected.length, log.end());
            assertArrayEquals(expected, Files.readAllBytes(transcript));
            assertTrue(appends.get() > 1, "appends: " + appends.get());
            assertEquals(0, agent.waitFor());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1024 * 1024})
    void aTranscriptThatCannotBeWrittenEndsTheDrainWithItsErrorAndClosesThePty(int writtenFirst) throws Exception {
        TerminalProcess agent = start("exec yes 'a line of output'");
        try {
            OutputLog log = OutputLog.create(dir.resolve("s.log"), RING_BYTES);
            if (writtenFirst == 0) {
                log.close();
            }
            CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> drain(log, agent));
            awaitWritten(log, writtenFirst);
            log.close();

            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> drained.get(1, TimeUnit.MINUTES));
            assertInstanceOf(IOException.class, failed.getCause().getCause(), failed.toString());
            assertTrue(agent.waitFor(1, TimeUnit.MINUTES), "the agent still writes to a PTY nobody reads");
        } finally {
            agent.destroyForcibly();
        }
    }

    private OutputPump pump(OutputLog log) {
        return new OutputPump("psess-test", log, writers);
    }

    private void drain(OutputLog log, TerminalProcess agent) {
        try {
            pump(log).drain(pty(agent), (bytes, length) -> appends.incrementAndGet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitWritten(OutputLog log, long bytes) throws InterruptedException {
        while (log.end() < bytes) {
            log.awaitBeyond(log.end(), Duration.ofSeconds(1));
        }
    }

    private static PtyMasterStream pty(TerminalProcess agent) {
        return new PtyMasterStream(agent, () -> { }, Duration.ofSeconds(5));
    }

    private static TerminalProcess start(String script, String... args) throws IOException {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", script));
        argv.addAll(List.of(args));
        return TerminalProcess.start(argv, Path.of("/"), Map.of("PATH", "/usr/bin:/bin"), new WinSize(80, 24));
    }

    /** Lines of about 70 bytes, one in five with a character of two or three bytes. */
    private static String text(int lines) {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < lines; line++) {
            text.append("line ").append(line).append(": the agent plans phase ").append(line % 12)
                    .append(line % 5 == 0 ? " · déjà vu → next" : " and writes its plan down").append('\n');
        }
        return text.toString();
    }

    /** What the PTY makes of the printed text, each line end sent as CR LF, and the unfinished character. */
    private static byte[] expectedTranscript(byte[] printed) {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (byte b : printed) {
            if (b == '\n') {
                expected.write('\r');
            }
            expected.write(b);
        }
        expected.write(INCOMPLETE_UTF8);
        return expected.toByteArray();
    }
}
