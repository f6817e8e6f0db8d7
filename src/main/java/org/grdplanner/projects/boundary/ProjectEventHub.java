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
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.platform.boundary.JsonbConfiguration;
import org.grdplanner.platform.control.ProjectEvent;
import org.grdplanner.projects.control.ProjectRemoval;
import org.grdplanner.projects.control.ProjectService;

/** One broadcaster per project: every page open on a project hears what happens to it. */
@ApplicationScoped
public class ProjectEventHub {

    private static final long KEEP_ALIVE_SECONDS = 15;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ProjectService projects;

    private static final Logger LOG = Logger.getLogger(ProjectEventHub.class.getName());

    private final Map<String, SseBroadcaster> broadcasters = new ConcurrentHashMap<>();
    private volatile Sse sse;
    private ScheduledFuture<?> keepAlive;

    @PostConstruct
    void startKeepAlive() {
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
        SseBroadcaster broadcaster = broadcasters.get(event.projectId());
        if (broadcaster != null) {
            broadcaster.broadcast(event(event.type(), event.data()));
        }
    }

    void closeDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectRemoval removal) {
        closeDeleted(removal.projectId());
    }

    /** A page open on a deleted project hears so, and its stream ends; reconnecting finds no project. */
    private void closeDeleted(String projectId) {
        SseBroadcaster broadcaster = broadcasters.remove(projectId);
        if (broadcaster != null) {
            broadcaster.broadcast(event("project_deleted", new ProjectDeleted(projectId)))
                    .whenComplete((sent, failure) -> broadcaster.close());
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
    private OutboundSseEvent event(String name, Record data) {
        try {
            return sse.newEventBuilder().name(name).mediaType(MediaType.TEXT_PLAIN_TYPE)
                    .data(JsonbConfiguration.jsonb().toJson(data)).build();
        } catch (JsonbException e) {
            LOG.log(Level.SEVERE, "Cannot write the " + name + " event " + data, e);
            throw e;
        }
    }
}
