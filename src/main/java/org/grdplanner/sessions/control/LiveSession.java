package org.grdplanner.sessions.control;

import com.pty4j.WinSize;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.grdplanner.agent.control.AgentReport;
import org.grdplanner.output.control.OutputLog;
import org.grdplanner.sessions.entity.SessionStatus;
import org.grdplanner.terminal.control.TerminalProcess;

/** A session whose process runs in this server: its PTY, its output and how it ends. */
public final class LiveSession {

    private final String id;
    private final String projectId;
    private final OutputLog output;
    private final SessionLimits limits;
    private final Instant startedAt = Instant.now();
    private final AgentReport report;
    private final AtomicReference<SessionStatus> requestedEnd = new AtomicReference<>();
    private volatile String endReason;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile TerminalProcess process;
    private volatile Instant lastActivity = startedAt;
    private volatile Outcome outcome;

    public record Outcome(SessionStatus status, Integer exitCode) {
    }

    LiveSession(String id, String projectId, OutputLog output, SessionLimits limits, AgentReport report) {
        this.id = id;
        this.projectId = projectId;
        this.output = output;
        this.limits = limits;
        this.report = report;
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public OutputLog output() {
        return output;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastActivity() {
        return lastActivity;
    }

    public Outcome outcome() {
        return outcome;
    }

    void attach(TerminalProcess spawned) {
        this.process = spawned;
        started.countDown();
    }

    /** Waits while the process is being spawned; true once it runs, false if it never started. */
    boolean awaitStarted(Duration timeout) throws InterruptedException {
        started.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return process != null;
    }

    TerminalProcess process() {
        return process;
    }

    long processGroup() {
        return process.pid();
    }

    void touch() {
        lastActivity = Instant.now();
    }

    boolean isOverdue(Instant now) {
        return now.isAfter(lastActivity.plus(limits.idleTimeout())) || now.isAfter(startedAt.plus(limits.lifetime()));
    }

    /** Records why the session is being ended; the first reason wins. */
    boolean requestEnd(SessionStatus status, String reason) {
        boolean first = requestedEnd.compareAndSet(null, status);
        if (first) {
            endReason = reason;
        }
        return first;
    }

    /** The agent's own report of an autonomous run; empty for interactive sessions. */
    public Optional<AgentReport> report() {
        return Optional.ofNullable(report);
    }

    void observe(byte[] bytes, int length) {
        touch();
        if (report != null) {
            report.accept(bytes, length);
        }
    }

    /** Why the session ended other than by its exit code, or null. */
    String endReason() {
        if (requestedEnd.get() != null) {
            return endReason;
        }
        return report == null ? null : report.errorText();
    }

    boolean isEndRequested() {
        return requestedEnd.get() != null;
    }

    /** A run whose own result reports an error has failed, whatever its exit code. */
    SessionStatus statusAfterExit(int exitCode) {
        SessionStatus requested = requestedEnd.get();
        if (requested != null) {
            return requested;
        }
        if (report != null && report.errorText() != null) {
            return SessionStatus.FAILED;
        }
        return SessionStatus.ofExit(exitCode);
    }

    void write(byte[] input) throws IOException {
        process.getOutputStream().write(input);
        touch();
    }

    void resize(int columns, int rows) {
        process.setWinSize(new WinSize(columns, rows));
        touch();
    }

    void ended(Outcome result) {
        this.outcome = result;
        started.countDown();
        ended.countDown();
    }

    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }
}
