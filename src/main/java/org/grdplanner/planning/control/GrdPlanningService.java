package org.grdplanner.planning.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.grdplanner.agent.control.AgentCommand;
import org.grdplanner.agent.control.PermissionMode;
import org.grdplanner.cluster.control.Grid;
import org.grdplanner.cluster.control.NodeLeft;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.projects.control.ProjectService;
import org.grdplanner.planning.entity.GrdInitStatus;
import org.grdplanner.projects.entity.Project;
import org.grdplanner.sessions.control.SessionConfig;
import org.grdplanner.sessions.control.SessionEnded;
import org.grdplanner.sessions.control.SessionManager;
import org.grdplanner.sessions.control.SessionStore;
import org.grdplanner.sessions.entity.ExecutionMode;
import org.grdplanner.sessions.entity.SessionStatus;
import org.grdplanner.sessions.entity.ProjectSession;

/**
 * Runs GRD planning commands, at most one session per project across the cluster. The project's lock in the grid
 * (held by one node at a time; a node that dies lets it go) makes "is a session active? then start one and register
 * it" a single step for every node, and the write lock for this node's callers. Session starts are short, so a wait
 * past the access timeout means something is wrong and the caller gets 503 instead of hanging. Sessions are committed
 * by their own store, so this bean runs outside transactions.
 */
@Singleton
@Startup
@DependsOn("SessionRecovery")
@Lock(LockType.WRITE)
@AccessTimeout(value = 60, unit = TimeUnit.SECONDS)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GrdPlanningService {

    static final String PLANNING_SESSIONS = "grd-planning-sessions";
    private static final String STAGE_NODE_LEFT =
            "The node running GRD's initialization left the cluster; initialize again.";
    private static final Logger LOG = Logger.getLogger(GrdPlanningService.class.getName());

    @Inject
    ProjectService projects;

    @Inject
    InitStatuses initStatuses;

    @Inject
    SessionStore sessionStore;

    @Inject
    SessionManager sessions;

    @Inject
    AgentCommand agent;

    @Inject
    Event<PlanningSessionEnded> planningEnded;

    @Inject
    MetricRegistry metrics;

    @Inject
    Grid grid;

    private PlanningRegistry registry;
    private Initialization initialization;

    @PostConstruct
    void createRegistry() {
        initialization = new Initialization(initStatuses, this::startStage);
        registry = new PlanningRegistry(grid.map(PLANNING_SESSIONS), grid.nodeId(), id -> initialization.isStage(id)
                || sessions.find(id).filter(s -> s.outcome() == null).isPresent(), grid::isLive);
        metrics.gauge("grd.planning.sessions.active", registry, PlanningRegistry::size);
        int stuck = initStatuses.failStuck();
        if (stuck > 0) {
            LOG.info(() -> stuck + " project initializations were cut short by a restart and are now failed");
        }
    }

    /** {@code mode} null runs the command in its own default mode. */
    public PlanningInvocation invokeCommand(String projectId, String command, List<String> args, ExecutionMode mode) {
        Timer.Context latency = metrics.timer("grd.planning.invoke.latency").time();
        String result = "error";
        try {
            PlanningInvocation invocation = invoke(projectId, command, args, mode);
            result = "started";
            return invocation;
        } catch (Refusal e) {
            result = e.reason().name().toLowerCase(Locale.ROOT);
            throw e;
        } finally {
            latency.stop();
            metrics.counter("grd.planning.invocations", new Tag("command", CommandCatalogue.find(command)
                    .map(PlanningCommand::name).orElse("unknown")), new Tag("result", result)).inc();
        }
    }

    private PlanningInvocation invoke(String projectId, String command, List<String> args, ExecutionMode mode) {
        Project project = projects.require(projectId);
        PlanningCommand planning = CommandCatalogue.require(command);
        ExecutionMode executionMode = mode == null ? planning.defaultMode() : mode;
        String prompt = PlanningPrompt.of(planning, args);
        Path checkout = checkoutOf(project);
        return PlanningInvocation.running(startAlone(projectId,
                () -> start(projectId, checkout, planning, executionMode, prompt)));
    }

    /**
     * Answers an autonomous session that has ended: a new autonomous session continues its agent conversation with
     * {@code text} as the next prompt, as the project's planning session.
     */
    public PlanningInvocation reply(String projectId, String parentSessionId, String text) {
        Project project = projects.require(projectId);
        ProjectSession parent = sessionStore.require(projectId, parentSessionId);
        if (parent.getStatus() == SessionStatus.ACTIVE || sessions.find(parentSessionId).isPresent()) {
            throw Refusal.badRequest("Session " + parentSessionId + " is still active; reply once it has ended.");
        }
        if (parent.getAgentSessionId() == null) {
            throw Refusal.badRequest("Session " + parentSessionId + " has no agent conversation to continue: only "
                    + "an autonomous session whose agent reported its start can be answered.");
        }
        Path checkout = checkoutOf(project);
        List<String> argv = PlanningPrompt.resuming(agent.resolve(checkout), agent.requirePermissionMode(),
                parent.getAgentSessionId(), text);
        return PlanningInvocation.running(startAlone(projectId, () -> register(projectId, sessions.start(
                SessionConfig.of(projectId, parent.getCommand(), text, argv, checkout, ExecutionMode.AUTONOMOUS)
                        .continuing(parentSessionId)))));
    }

    @Lock(LockType.READ)
    public Map<String, String> activePlanningSessions() {
        return registry.activeSessions();
    }

    /** This node's sessions hold their projects again, should the node that left have taken their entries with it. */
    public void reassertSessions(@Observes NodeLeft left) {
        sessions.active().stream().filter(session -> session.outcome() == null)
                .forEach(session -> registry.reassert(session.projectId(), session.id()));
    }

    @Lock(LockType.READ)
    public PlanningStatus status(String projectId) {
        GrdInitStatus status = projects.require(projectId).getGrdInitStatus();
        return new PlanningStatus(status == null ? GrdInitStatus.NONE : status, registry.active(projectId));
    }

    /**
     * Starts map-codebase, then init: {@code --auto @document} with the named document or the checkout's README, else
     * interactively. A checkout with a roadmap is ready at once.
     */
    public PlanningInitialization initialize(String projectId, String document) {
        Path checkout = checkoutOf(projects.require(projectId));
        return exclusively(projectId,
                () -> initialization.begin(projectId, checkout, document, () -> refuseWhileActive(projectId)));
    }

    /**
     * A session that was not a stage of Initialize may have set GRD up; the status says so before it is unregistered.
     * The next stage of an initialization takes the project over before any node can.
     */
    public void sessionEnded(@ObservesAsync SessionEnded ended) {
        String projectId = ended.projectId();
        exclusively(projectId, () -> {
            Optional<Project> project = projects.find(projectId);
            Optional<InitStage> stage = initialization.take(ended.sessionId());
            if (stage.isEmpty()) {
                project.ifPresent(this::recognizePlanning);
                project.filter(p -> p.getGrdInitStatus() == GrdInitStatus.INITIALIZING
                                && ended.status() == SessionStatus.INTERRUPTED)
                        .ifPresent(p -> initStatuses.change(projectId, GrdInitStatus.FAILED, STAGE_NODE_LEFT));
            }
            registry.unregister(projectId, ended.sessionId());
            project.map(Project::getLocalPath).ifPresent(checkout -> planningEnded.fireAsync(
                    new PlanningSessionEnded(projectId, ended.sessionId(), ended.status(), Path.of(checkout))));
            if (stage.isPresent() && project.isPresent()) {
                initialization.stageEnded(stage.get(), ended, usableCheckout(project.get()));
            }
            return ended;
        });
    }

    /**
     * A project whose checkout has a roadmap is ready, however it got there: GRD set it up before the project was
     * created, or a person ran init from the command palette instead of Initialize.
     */
    public void recognizePlanning(String projectId) {
        projects.find(projectId).ifPresent(this::recognizePlanning);
    }

    private void recognizePlanning(Project project) {
        GrdInitStatus status = project.getGrdInitStatus();
        if ((status == GrdInitStatus.NONE || status == GrdInitStatus.FAILED)
                && usableCheckout(project).filter(Initialization::hasRoadmap).isPresent()) {
            initStatuses.change(project.getId(), GrdInitStatus.READY);
        }
    }

    private String startStage(String projectId, Path checkout, InitStage stage) {
        PlanningCommand command = CommandCatalogue.require(stage.command());
        return start(projectId, checkout, command, stage.mode(), PlanningPrompt.of(command, stage.arguments()));
    }

    private String start(String projectId, Path checkout, PlanningCommand command, ExecutionMode mode,
                         String prompt) {
        String agentPath = agent.resolve(checkout);
        PermissionMode permissions = mode == ExecutionMode.AUTONOMOUS ? agent.requirePermissionMode() : null;
        return register(projectId, sessions.start(SessionConfig.of(projectId, command.name(), prompt,
                PlanningPrompt.argv(agentPath, mode, permissions, prompt), checkout, mode)));
    }

    private String register(String projectId, String sessionId) {
        registry.register(projectId, sessionId);
        return sessionId;
    }

    /** Starts the project's planning session unless it has one, as one step on every node. */
    private String startAlone(String projectId, Supplier<String> start) {
        return exclusively(projectId, () -> {
            refuseWhileActive(projectId);
            return start.get();
        });
    }

    private <T> T exclusively(String projectId, Supplier<T> work) {
        return grid.exclusively(PLANNING_SESSIONS, projectId, work);
    }

    private void refuseWhileActive(String projectId) {
        registry.active(projectId).ifPresent(active -> {
            throw Refusal.conflict("Planning session already active", Map.of("session_id", active));
        });
    }

    private static Path checkoutOf(Project project) {
        return usableCheckout(project).orElseThrow(() -> unusableCheckout(project));
    }

    private static Optional<Path> usableCheckout(Project project) {
        String localPath = project.getLocalPath();
        try {
            if (localPath != null && !localPath.isBlank() && Files.isDirectory(Path.of(localPath))) {
                return Optional.of(Path.of(localPath));
            }
        } catch (InvalidPathException e) {
            LOG.log(Level.FINE, "Unusable local_path " + localPath, e);
        }
        return Optional.empty();
    }

    private static Refusal unusableCheckout(Project project) {
        String localPath = project.getLocalPath();
        return Refusal.invalidField("local_path", "Project " + project.getId() + " has no usable local_path"
                + (localPath == null || localPath.isBlank() ? "" : ": " + localPath + " is not a directory") + ".");
    }
}
