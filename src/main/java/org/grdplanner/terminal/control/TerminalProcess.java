package org.grdplanner.terminal.control;

import com.pty4j.WinSize;
import com.pty4j.unix.Pty;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A program running on the other end of a pty4j PTY, as the leader of a new session whose controlling terminal the
 * PTY is. pty4j's own launcher forks the whole JVM, which took 50 ms in a small JVM and 250 ms in a server here, as
 * every page of a large process is copied into the child's page tables; the JDK's launcher spawns without copying
 * (posix_spawn), in about 5 ms whatever the server's size. The spawned shell opens the PTY itself, so the server
 * never opens a terminal that could become its own, and {@code setsid --ctty} makes it the new session's terminal
 * before the program runs in the same process, with every signal at its default: signals the server ignores (SIGHUP
 * under nohup, SIGINT and SIGQUIT when a script started it in the background) stay ignored across exec, and Ctrl-C
 * would not interrupt the agent. Until then the shell writes to the server's own output, so whatever
 * stops it from reaching the PTY ends up in the server's log. The server's side of the PTY is non-blocking (see
 * {@link MasterFd}): it is read with {@link PtyMasterStream} and written with {@link PtyMasterInput}.
 */
public final class TerminalProcess {

    private static final String ATTACH = "exec setsid --ctty env --default-signal -- \"$@\" <>\"$0\" >&0 2>&0";
    private static final Duration SESSION_LEAD_WAIT = Duration.ofSeconds(10);
    private static final long SESSION_LEAD_POLL_NANOS = 200_000;
    private static final Duration INPUT_PATIENCE = Duration.ofSeconds(5);

    private final Process process;
    private final Pty pty;
    private final PtyMasterInput input;
    private boolean closed;

    private TerminalProcess(Process process, Pty pty) {
        this.process = process;
        this.pty = pty;
        this.input = new PtyMasterInput(pty.getMasterFD(), INPUT_PATIENCE);
    }

    public static TerminalProcess start(List<String> argv, Path directory, Map<String, String> environment,
                                        WinSize size) throws IOException {
        Pty pty = new Pty();
        try {
            pty.setWindowSize(size, null);
            MasterFd.makeNonBlocking(pty.getMasterFD());
            List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", ATTACH, pty.getSlaveName()));
            command.addAll(argv);
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).inheritIO();
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            awaitSessionLead(process);
            return new TerminalProcess(process, pty);
        } catch (IOException | RuntimeException e) {
            pty.close();
            throw e;
        }
    }

    /**
     * Returns once the shell has become {@code setsid}, which made it a session and group leader, or has exited: a
     * stop that signals the group right after the start would otherwise find no group yet, and miss the agent.
     */
    private static void awaitSessionLead(Process process) throws IOException {
        long deadline = System.nanoTime() + SESSION_LEAD_WAIT.toNanos();
        while (ProcessGroups.sessionOf(process.pid()).filter(session -> session == process.pid()).isEmpty()
                && process.isAlive()) {
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("The agent did not start a session of its own within " + SESSION_LEAD_WAIT);
            }
            LockSupport.parkNanos(SESSION_LEAD_POLL_NANOS);
        }
    }

    /** The PTY's master side, which the server reads and writes. */
    public int masterFd() {
        return pty.getMasterFD();
    }

    /** The agent's input; a write fails once the agent has not read any of it for a while. */
    public OutputStream getOutputStream() {
        return input;
    }

    /** Resizes the terminal; once it is closed there is nothing to resize, and nothing happens. */
    public synchronized void setWinSize(WinSize size) {
        if (closed) {
            return;
        }
        try {
            pty.setWindowSize(size, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes the PTY. The master's descriptor number is free for the next file the server opens, so input and resizes
     * that come later must not reach it: they fail or do nothing instead.
     */
    public void close() throws IOException {
        input.close();
        synchronized (this) {
            closed = true;
            pty.close();
        }
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        return process.waitFor(timeout, unit);
    }

    public int exitValue() {
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public TerminalProcess destroyForcibly() {
        process.destroyForcibly();
        return this;
    }
}
