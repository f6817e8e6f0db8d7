package org.grdplanner.sessions.control;

import com.pty4j.WinSize;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.agent.control.AgentReport;
import org.grdplanner.cluster.control.Grid;
import org.grdplanner.output.control.OutputLog;
import org.grdplanner.output.control.OutputPump;
import org.grdplanner.platform.control.DataDirectory;
import org.grdplanner.platform.control.ProjectEvent;
import org.grdplanner.platform.control.RandomIds;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.sessions.entity.ExecutionMode;
import org.grdplanner.sessions.entity.ProjectSession;
import org.grdplanner.sessions.entity.SessionStatus;
import org.grdplanner.terminal.control.AgentEnvironment;
import org.grdplanner.terminal.control.Executables;
import org.grdplanner.terminal.control.ProcessGroups;
import org.grdplanner.terminal.control.PtyMasterStream;
import org.grdplanner.terminal.control.TerminalProcess;

@ApplicationScoped
public class SessionManager {

    public static final String IO_EXECUTOR = "java:app/concurrent/SessionIO";
    /** What the API calls how a session runs: directly, on a PTY of this server. */
    private static final String EXECUTION_TYPE = "direct";
    /** Room for the agent's closing report, a line of a few KiB with its usage and permission denials. */
    private static final int REPORT_TAIL_BYTES = 256 * 1024;
    private static final Logger LOG = Logger.getLogger(SessionManager.class.getName());
    private static final Duration SPAWN_WAIT = Duration.ofSeconds(10);
    private static final WinSize INITIAL_SIZE = new WinSize(120, 40);

    @Inject
    SessionStore store;

    @Inject
    SessionSettings settings;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Event<SessionEnded> endings;

    @Inject
    Event<ProjectEvent> projectEvents;

    @Inject
    Event<AgentStarted> agentStarts;

    @Inject
    Event<SessionRunning> running;

    @Inject
    SessionMetrics metrics;

    @Inject
    Grid grid;

    @Resource(lookup = IO_EXECUTOR)
    ManagedExecutorService io;

    @Resource
    ManagedScheduledExecutorService scheduler;

    public record Started(String sessionId, String command, String executionMode) {
    }

    public record Ended(String sessionId, String status, Integer exitCode) {
    }

    private final Map<String, LiveSession> live = new ConcurrentHashMap<>();
    private Semaphore slots;
    private ScheduledFuture<?> watchdog;

    @PostConstruct
    void init() {
        slots = new Semaphore(settings.maxSessions());
        metrics.watch(live);
        watchdog = scheduler.scheduleWithFixedDelay(this::enforceLimits, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void shutdown() {
        watchdog.cancel(false);
        live.values().stream().filter(session -> session.process() != null).forEach(session -> {
            session.requestEnd(SessionStatus.INTERRUPTED, null);
            ProcessGroups.signal(session.processGroup(), ProcessGroups.SIGKILL);
        });
    }

    public String start(SessionConfig config) {
        if (!slots.tryAcquire()) {
            throw Refusal.tooManySessions("All " + settings.maxSessions()
                    + " session slots are in use; stop a session or wait for one to end.");
        }
        String id = RandomIds.next("psess-");
        try {
            store.create(new ProjectSession(id, config.projectId(), config.command(), config.prompt(),
                    config.argv(), config.cwd().toString(), EXECUTION_TYPE, config.mode().value(), grid.nodeId(),
                    Instant.now()).continuing(config.parentSessionId()));
            LiveSession session = new LiveSession(id, config.projectId(),
                    OutputLog.create(transcript(id), settings.ringBytes()),
                    config.limits() == null ? settings.limits() : config.limits(), report(id, config));
            live.put(id, session);
            metrics.started();
            LOG.info(() -> "Session " + id + " started for project " + config.projectId() + ": " + config.command()
                    + " (" + config.mode().value() + ")");
            projectEvents.fireAsync(new ProjectEvent(config.projectId(), "session_started",
                    new Started(id, config.command(), config.mode().value())));
            io.execute(() -> spawn(session, config));
            return id;
        } catch (RuntimeException e) {
            live.remove(id);
            slots.release();
            throw e;
        }
    }

    /** Autonomous agents print stream-json, whose opening and closing reports the session keeps. */
    private AgentReport report(String id, SessionConfig config) {
        if (config.mode() != ExecutionMode.AUTONOMOUS) {
            return null;
        }
        return new AgentReport(start -> agentStarts.fireAsync(
                new AgentStarted(id, config.projectId(), config.command(), start)));
    }

    private void spawn(LiveSession session, SessionConfig config) {
        Map<String, String> env = AgentEnvironment.of(System.getenv(), config.env(), session.id());
        Optional<String> problem = startProblem(config, env);
        if (problem.isPresent()) {
            fail(session, problem.get());
            return;
        }
        announce(new SessionRunning(session.id(), session.projectId(), config.cwd(), true));
        TerminalProcess process;
        try {
            process = TerminalProcess.start(config.argv(), config.cwd(), env, INITIAL_SIZE);
        } catch (IOException | RuntimeException e) {
            fail(session, "Could not start " + config.argv().get(0) + ": " + e.getMessage());
            return;
        }
        session.attach(process);
        if (session.isEndRequested()) {
            endGroup(session.processGroup());
        }
        try {
            store.started(session.id(), process.pid());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the pid of session " + session.id()
                    + "; its output is still read and kept", e);
        }
        pump(session, config);
    }

    private static Optional<String> startProblem(SessionConfig config, Map<String, String> env) {
        if (config.argv().isEmpty()) {
            return Optional.of("Nothing to run: the command line is empty.");
        }
        if (!Files.isDirectory(config.cwd())) {
            return Optional.of("Working directory " + config.cwd() + " does not exist.");
        }
        String executable = config.argv().get(0);
        if (Executables.resolve(executable, config.cwd(), env.get("PATH")).isEmpty()) {
            return Optional.of("Executable '" + executable + "' was not found or is not executable.");
        }
        return Optional.empty();
    }

    private void pump(LiveSession session, SessionConfig config) {
        TerminalProcess process = session.process();
        try {
            new OutputPump(session.id(), session.output(), io).drain(new PtyMasterStream(process,
                    () -> endGroup(session.processGroup()), settings.stopGrace().plusSeconds(2)), session::observe);
            int exitCode = process.waitFor();
            announce(new SessionRunning(session.id(), session.projectId(), config.cwd(), false));
            session.report().ifPresent(report -> readEnd(report, session.output()));
            finish(session, session.statusAfterExit(exitCode), exitCode, null);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write the transcript of " + session.id() + "; the session has failed", e);
            finish(session, SessionStatus.FAILED, null, "Could not write the transcript: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(session, SessionStatus.INTERRUPTED, null, "The server stopped reading this session.");
        }
    }

    private void announce(SessionRunning moment) {
        try {
            running.fire(moment);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An observer of session " + moment.sessionId() + " failed", e);
        }
    }

    private static void readEnd(AgentReport report, OutputLog output) {
        try (OutputLog.Reader reader = output.reader()) {
            long from = Math.max(0, output.end() - REPORT_TAIL_BYTES);
            report.readEnd(reader.read(from, REPORT_TAIL_BYTES).bytes(), reader.isLineStart(from));
        }
    }

    private void fail(LiveSession session, String reason) {
        try {
            byte[] line = ("grd-planner: " + reason + "\r\n").getBytes(StandardCharsets.UTF_8);
            session.output().append(line, 0, line.length);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write the transcript of " + session.id(), e);
        }
        finish(session, SessionStatus.FAILED, null, reason);
    }

    private void finish(LiveSession session, SessionStatus status, Integer exitCode, String reason) {
        if (session.process() != null) {
            endGroup(session.processGroup());
        }
        LiveSession.Outcome outcome = new LiveSession.Outcome(status, exitCode);
        String why = reason == null ? session.endReason() : reason;
        try {
            store.ended(session.id(), status, exitCode, why, session.output().end(), session.lastActivity(),
                    session.report().orElse(null));
        } finally {
            live.remove(session.id());
            slots.release();
            session.ended(outcome);
            session.output().finish();
            metrics.ended(status);
            LOG.info(() -> "Session " + session.id() + " of project " + session.projectId() + " ended " + status.value()
                    + (exitCode == null ? "" : " with exit code " + exitCode) + " after "
                    + Duration.between(session.startedAt(), Instant.now()).toMillis() + " ms");
            SessionEnded ending = new SessionEnded(session.id(), session.projectId(), status, exitCode, why);
            // pages hear that the session ended before what its end leads to, such as the roadmap read again
            projectEvents.fireAsync(new ProjectEvent(session.projectId(), "session_ended",
                            new Ended(session.id(), status.value(), exitCode)))
                    .whenComplete((published, failure) -> endings.fireAsync(ending));
        }
    }

    /** SIGTERM to the whole group now, SIGKILL to whatever is left of it after the grace period. */
    private void endGroup(long processGroup) {
        if (ProcessGroups.signal(processGroup, ProcessGroups.SIGTERM)) {
            scheduler.schedule(() -> ProcessGroups.signal(processGroup, ProcessGroups.SIGKILL),
                    settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public Optional<LiveSession> find(String id) {
        return Optional.ofNullable(live.get(id));
    }

    public Collection<LiveSession> active() {
        return live.values();
    }

    public void input(String id, byte[] bytes) {
        LiveSession session = require(id);
        try {
            session.write(bytes);
        } catch (IOException e) {
            throw Refusal.conflict("Session " + id + " did not take the input: " + e.getMessage() + ".",
                    Map.of());
        }
    }

    public void resize(String id, int columns, int rows) {
        require(id).resize(columns, rows);
    }

    /**
     * Ends the session as {@code status}: SIGTERM to its group, SIGKILL after the grace period. A session whose
     * process is still being started is ended as soon as it has one. {@code reason}, when not null, is recorded as
     * why it ended.
     */
    public Optional<LiveSession> end(String id, SessionStatus status, String reason) {
        Optional<LiveSession> session = find(id);
        session.filter(s -> s.requestEnd(status, reason) && s.process() != null)
                .ifPresent(s -> endGroup(s.processGroup()));
        return session;
    }

    public Optional<LiveSession> end(String id, SessionStatus status) {
        return end(id, status, null);
    }

    public Path transcript(String id) {
        return dataDirectory.sessions().resolve(id + ".log");
    }

    public Duration stopGrace() {
        return settings.stopGrace();
    }

    /** Input sent right after invoke waits for the spawn, which runs on the session's thread, instead of a 409. */
    private LiveSession require(String id) {
        LiveSession session = find(id).orElseThrow(() -> notActive(id));
        try {
            if (!session.awaitStarted(SPAWN_WAIT) || session.outcome() != null) {
                throw notActive(id);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notActive(id);
        }
        return session;
    }

    private static Refusal notActive(String id) {
        return Refusal.conflict("Session " + id + " is not active.", Map.of());
    }

    private void enforceLimits() {
        Instant now = Instant.now();
        live.values().stream()
                .filter(session -> session.isOverdue(now))
                .forEach(session -> end(session.id(), SessionStatus.TIMED_OUT));
    }
}
