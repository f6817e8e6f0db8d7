package org.grdplanner.projects.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.cluster.control.Grid;
import org.grdplanner.platform.boundary.JsonbConfiguration;
import org.grdplanner.platform.control.ProjectEvent;
import org.grdplanner.projects.control.ProjectRemoval;
import org.grdplanner.projects.control.ProjectService;

/**
 * One broadcaster per project: every page open on a project hears what happens to it, on whichever node of the
 * cluster the page is connected to. Events go out through the grid's topic, which hands each to every node's hub.
 */
@ApplicationScoped
public class ProjectEventHub {

    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final String DELETED = "project_deleted";
    private static final String TOPIC = "grd-project-events";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ProjectService projects;

    @Inject
    Grid grid;

    private static final Logger LOG = Logger.getLogger(ProjectEventHub.class.getName());

    private final Map<String, SseBroadcaster> broadcasters = new ConcurrentHashMap<>();
    private volatile Sse sse;
    private ScheduledFuture<?> keepAlive;

    @PostConstruct
    void startKeepAlive() {
        grid.subscribe(TOPIC, message -> deliver(GridEvent.of(message)));
        keepAlive = scheduler.scheduleAtFixedRate(this::sendKeepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        keepAlive.cancel(false);
        broadcasters.values().forEach(SseBroadcaster::close);
    }

    /**
     * The caller has found the project, but its deletion may commit before the sink is registered, and then no
     * {@link ProjectRemoval} will reach the sink: it looks again once registered, where a later deletion will find it.
     */
    void subscribe(String projectId, SseEventSink sink, Sse context) {
        sse = context;
        sink.send(context.newEventBuilder().comment("events of " + projectId).build());
        broadcasters.compute(projectId, (id, broadcaster) -> {
            SseBroadcaster registered = broadcaster == null ? context.newBroadcaster() : broadcaster;
            registered.register(sink);
            return registered;
        });
        if (projects.find(projectId).isEmpty()) {
            closeDeleted(projectId);
        }
    }

    void publish(@ObservesAsync ProjectEvent event) {
        grid.publish(TOPIC, new GridEvent(event.projectId(), event.type(), json(event.type(), event.data())).message());
    }

    void closeDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectRemoval removal) {
        grid.publish(TOPIC, deleted(removal.projectId()).message());
    }

    /** A page open on a deleted project hears so, and its stream ends; reconnecting finds no project. */
    private void closeDeleted(String projectId) {
        deliver(deleted(projectId));
    }

    private void deliver(GridEvent event) {
        boolean deletion = DELETED.equals(event.type());
        SseBroadcaster broadcaster = deletion ? broadcasters.remove(event.projectId())
                : broadcasters.get(event.projectId());
        if (broadcaster != null) {
            var sent = broadcaster.broadcast(sse.newEventBuilder().name(event.type())
                    .mediaType(MediaType.TEXT_PLAIN_TYPE).data(event.json()).build());
            if (deletion) {
                sent.whenComplete((done, failure) -> broadcaster.close());
            }
        }
    }

    private static GridEvent deleted(String projectId) {
        return new GridEvent(projectId, DELETED, json(DELETED, new ProjectDeleted(projectId)));
    }

    /** An event as the grid carries it: a project id and an event name hold no line break. */
    private record GridEvent(String projectId, String type, String json) {

        static GridEvent of(String message) {
            String[] parts = message.split("\n", 3);
            return new GridEvent(parts[0], parts[1], parts[2]);
        }

        String message() {
            return projectId + '\n' + type + '\n' + json;
        }
    }

    private void sendKeepAlive() {
        if (sse != null) {
            broadcasters.values().forEach(b -> b.broadcast(sse.newEventBuilder().comment("keep-alive").build()));
        }
    }

    public record ProjectDeleted(String projectId) {
    }

    /** An event that cannot be written is a defect, and would otherwise vanish in the asynchronous observer. */
    private static String json(String name, Record data) {
        try {
            return JsonbConfiguration.jsonb().toJson(data);
        } catch (JsonbException e) {
            LOG.log(Level.SEVERE, "Cannot write the " + name + " event " + data, e);
            throw e;
        }
    }
}
