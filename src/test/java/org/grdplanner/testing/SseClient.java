package org.grdplanner.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/** Reads a server-sent event stream to its end. {@link #stalled} opens one and stops reading until resumed. */
public final class SseClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SseClient() {
    }

    public static HttpRequest request(URI uri, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return request.GET().build();
    }

    public static List<SseEvent> readAll(URI uri, String lastEventId, Duration timeout) throws Exception {
        HttpResponse<String> response = HTTP.sendAsync(request(uri, lastEventId), HttpResponse.BodyHandlers.ofString())
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return SseEvent.parse(response.body());
    }

    /** Reads like a browser's EventSource: a stream the server ends early is resumed from its last event id. */
    public static List<SseEvent> readUntilComplete(URI uri, Duration timeout) throws Exception {
        List<SseEvent> all = new ArrayList<>();
        String lastId = null;
        while (all.isEmpty() || !all.get(all.size() - 1).isComplete()) {
            List<SseEvent> part = readAll(uri, lastId, timeout);
            all.addAll(part);
            lastId = all.stream().filter(event -> event.id() != null).reduce((a, b) -> b).map(SseEvent::id)
                    .orElse(null);
        }
        return all;
    }

    /** Opens a stream that never completes (project events) and collects its events as they come. */
    public static Listening listen(URI uri) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = HTTP.sendAsync(request(uri, null),
                HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        Listening listening = new Listening(response.body());
        Thread reader = new Thread(listening::read, "sse-listener");
        reader.setDaemon(true);
        reader.start();
        return listening;
    }

    public static final class Listening implements AutoCloseable {

        private final java.util.stream.Stream<String> lines;
        private final java.util.concurrent.BlockingQueue<SseEvent> events = new java.util.concurrent.LinkedBlockingQueue<>();
        private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

        Listening(java.util.stream.Stream<String> lines) {
            this.lines = lines;
        }

        private void read() {
            StringBuilder event = new StringBuilder();
            try {
                lines.forEach(line -> {
                    event.append(line).append('\n');
                    if (line.isEmpty()) {
                        events.addAll(SseEvent.parse(event.toString()));
                        event.setLength(0);
                    }
                });
            } catch (RuntimeException closed) {
                // the test closed the stream
            } finally {
                ended.countDown();
            }
        }

        /** True when the server ended the stream within the timeout. */
        public boolean awaitEnd(Duration timeout) throws InterruptedException {
            return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Waits for the first event, from now on, that matches; the events before it are returned too. */
        public List<SseEvent> awaitEvent(java.util.function.Predicate<SseEvent> wanted, Duration timeout)
                throws InterruptedException {
            List<SseEvent> seen = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                SseEvent next = events.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    seen.add(next);
                    if (wanted.test(next)) {
                        return seen;
                    }
                }
            }
            throw new AssertionError("No matching event within " + timeout + "; saw " + seen);
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    public static Stalled stalled(URI uri) throws Exception {
        Stalled stalled = new Stalled();
        HTTP.sendAsync(request(uri, null), HttpResponse.BodyHandlers.ofPublisher())
                .get(30, TimeUnit.SECONDS)
                .body().subscribe(stalled);
        return stalled;
    }

    /** Takes one buffer, then reads nothing more until resumed: the server's writes back up. */
    public static final class Stalled implements Flow.Subscriber<List<ByteBuffer>> {

        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final CompletableFuture<Void> ended = new CompletableFuture<>();
        private Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            synchronized (received) {
                for (ByteBuffer buffer : buffers) {
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    received.writeBytes(bytes);
                }
            }
        }

        @Override
        public void onError(Throwable failure) {
            ended.complete(null);
        }

        @Override
        public void onComplete() {
            ended.complete(null);
        }

        public List<SseEvent> resumeAndReadToEnd(Duration timeout) throws Exception {
            subscription.request(Long.MAX_VALUE);
            ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            synchronized (received) {
                return SseEvent.parse(received.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
