package org.grdplanner.terminal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pty4j.WinSize;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grdplanner.terminal.control.ProcessGroups;
import org.grdplanner.terminal.control.PtyMasterStream;
import org.grdplanner.terminal.control.TerminalProcess;
import org.junit.jupiter.api.Test;

class TerminalProcessTest {

    private static final Map<String, String> PATH = Map.of("PATH", "/usr/bin:/bin");

    @Test
    void aStopRightAfterTheStartReachesTheAgentsGroup() throws Exception {
        for (int round = 0; round < 20; round++) {
            TerminalProcess agent = TerminalProcess.start(List.of("sleep", "30"), Path.of("/"), PATH,
                    new WinSize(80, 24));
            try {
                assertTrue(ProcessGroups.signal(agent.pid(), ProcessGroups.SIGTERM), "no group " + agent.pid());
                assertTrue(agent.waitFor(10, TimeUnit.SECONDS));
                assertEquals(128 + ProcessGroups.SIGTERM, agent.exitValue());
            } finally {
                agent.destroyForcibly();
                agent.close();
            }
        }
    }

    /** libc's signal(2), to make this JVM ignore a signal the way a server started by nohup or in the background does. */
    interface Signals extends Library {
        Signals LIBC = Native.load("c", Signals.class);
        int SIGTSTP = 20;
        Pointer SIG_IGN = new Pointer(1);

        Pointer signal(int signal, Pointer handler);
    }

    /** Signals 32 and 33, which glibc keeps for its threads: no program can change or use them. */
    private static final long GLIBC_INTERNAL_SIGNALS = 0b11L << 31;

    @Test
    void theAgentStartsWithEverySignalAtItsDefaultWhateverTheServerIgnores() throws Exception {
        Pointer before = Signals.LIBC.signal(Signals.SIGTSTP, Signals.SIG_IGN);
        TerminalProcess agent;
        try {
            agent = start("/bin/sh", "-c", "grep SigIgn /proc/$$/status");
        } finally {
            Signals.LIBC.signal(Signals.SIGTSTP, before);
        }
        String report = output(agent).get(10, TimeUnit.SECONDS);

        Matcher mask = Pattern.compile("SigIgn:\t(\\p{XDigit}{16})").matcher(report);
        assertTrue(mask.find(), report);
        long ignored = Long.parseUnsignedLong(mask.group(1), 16);
        assertEquals(0, ignored & ~GLIBC_INTERNAL_SIGNALS, report);
        assertEquals(0, agent.waitFor());
    }

    private static TerminalProcess start(String... argv) throws IOException {
        return TerminalProcess.start(List.of(argv), Path.of("/"), PATH, new WinSize(80, 24));
    }

    private static CompletableFuture<String> output(TerminalProcess agent) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream output = new PtyMasterStream(agent, () -> { }, Duration.ofSeconds(5))) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                output.transferTo(all);
                return all.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** 64 KiB of lines, many times what the terminal holds, so the writes meet a full queue and wait for room. */
    private static byte[] lines() {
        return (("x".repeat(127) + "\n").repeat(512)).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void inputLargerThanTheTerminalHoldsReachesAnAgentThatReadsIt() throws Exception {
        TerminalProcess agent = start("wc", "-c");
        CompletableFuture<String> output = output(agent);
        OutputStream input = agent.getOutputStream();
        input.write(lines());
        input.write(4);

        assertTrue(agent.waitFor(10, TimeUnit.SECONDS));
        assertTrue(output.get(10, TimeUnit.SECONDS).strip().endsWith("65536"), output.get());
    }

    @Test
    void inputAnAgentDoesNotReadFailsSayingHowMuchItTook() throws Exception {
        TerminalProcess agent = start("sleep", "30");
        try {
            IOException refused = assertThrows(IOException.class, () -> agent.getOutputStream().write(lines()));

            assertTrue(refused.getMessage().matches("the agent took \\d+ of 65536 bytes and has read no more for 5 s"),
                    refused.getMessage());
        } finally {
            agent.destroyForcibly();
            agent.close();
        }
    }

    @Test
    void inputAndResizesAfterTheTerminalIsClosedNeverReachItsDescriptor() throws Exception {
        TerminalProcess agent = start("true");
        output(agent).get(10, TimeUnit.SECONDS);

        IOException refused = assertThrows(IOException.class,
                () -> agent.getOutputStream().write("late\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("the agent's terminal is closed", refused.getMessage());
        assertDoesNotThrow(() -> agent.setWinSize(new WinSize(100, 30)));
    }
}
