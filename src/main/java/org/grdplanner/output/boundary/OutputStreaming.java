package org.grdplanner.output.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.agent.control.StreamJsonEvents;
import org.grdplanner.output.control.Chunk;
import org.grdplanner.output.control.OutputEventJson;
import org.grdplanner.output.control.OutputLog;
import org.grdplanner.platform.boundary.JsonbConfiguration;
import org.grdplanner.sessions.control.LiveSession.Outcome;
import org.grdplanner.sessions.control.SessionManager;
import org.grdplanner.sessions.control.SessionMetrics;
import org.grdplanner.sessions.control.SessionSettings;

/**
 * Streams a session's output to one SSE client. Each client reads the output log at its own position, so a slow
 * client never holds back the PTY reader or other clients; a client that once caught up and then falls more than
 * the backlog limit behind is ended, and resumes from its last event id.
 */
@ApplicationScoped
public class OutputStreaming {

    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final int EVENT_BYTES = 256 * 1024;
    private static final Logger LOG = Logger.getLogger(OutputStreaming.class.getName());

    @Resource(lookup = SessionManager.IO_EXECUTOR)
    ManagedExecutorService io;

    @Inject
    SessionSettings settings;

    @Inject
    SessionMetrics metrics;

    public void stream(SseEventSink sink, Sse sse, OutputLog log, long from, Supplier<Outcome> outcome) {
        try {
            io.execute(() -> {
                try (sink) {
                    send(sink, sse, log, from, outcome);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Output stream ended", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "No thread to stream output on; the client will reconnect", e);
            sink.close();
        }
    }

    private void send(SseEventSink sink, Sse sse, OutputLog log, long from, Supplier<Outcome> outcome)
            throws InterruptedException {
        deliver(sink, sse.newEventBuilder().comment("output from byte " + from).build());
        try (OutputLog.Reader reader = log.reader()) {
            StreamJsonEvents readable = new StreamJsonEvents(reader.isLineStart(from));
            OutputEventJson json = new OutputEventJson();
            long position = from;
            boolean caughtUp = false;
            while (!sink.isClosed()) {
                long end = log.end();
                if (position < end) {
                    if (caughtUp && end - position > settings.clientBacklogBytes()) {
                        return;
                    }
                    position = sendChunk(sink, sse, reader.read(position, EVENT_BYTES), json, readable);
                } else if (log.isFinished()) {
                    deliver(sink, complete(sse, outcome.get()));
                    return;
                } else {
                    caughtUp = true;
                    if (!log.awaitBeyond(position, KEEP_ALIVE) && !log.isFinished()) {
                        deliver(sink, sse.newEventBuilder().comment("keep-alive").build());
                    }
                }
            }
        }
    }

    private long sendChunk(SseEventSink sink, Sse sse, Chunk chunk, OutputEventJson json,
                           StreamJsonEvents readable) {
        deliver(sink, output(sse, chunk, json));
        metrics.streamed(chunk.bytes().length);
        for (StreamJsonEvents.Event event : readable.accept(chunk.bytes())) {
            deliver(sink, sse.newEventBuilder().name(event.name()).mediaType(MediaType.TEXT_PLAIN_TYPE)
                    .data(event.data().toString()).build());
        }
        return chunk.end();
    }

    private static void deliver(SseEventSink sink, OutboundSseEvent event) {
        sink.send(event).toCompletableFuture().join();
    }

    private static OutboundSseEvent output(Sse sse, Chunk chunk, OutputEventJson json) {
        return sse.newEventBuilder()
                .name("output")
                .id(Long.toString(chunk.end()))
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(byte[].class, json.of(chunk))
                .build();
    }

    public record Completion(String status, Integer exitCode) {
    }

    private static OutboundSseEvent complete(Sse sse, Outcome outcome) {
        return sse.newEventBuilder()
                .name("complete")
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(JsonbConfiguration.jsonb().toJson(new Completion(outcome.status().value(), outcome.exitCode())))
                .build();
    }
}
