package org.grdplanner.cluster.control;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.grdplanner.platform.control.RandomIds;

/** The one node of a server that runs alone (no GRD_CLUSTER_MEMBERS): everything shared is in its memory. */
final class LocalGrid implements Grid {

    private final String nodeId = RandomIds.next("node-");
    private final Map<String, ConcurrentMap<String, String>> maps = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public boolean isLive(String node) {
        return nodeId.equals(node);
    }

    @Override
    public int liveNodes() {
        return 1;
    }

    @Override
    public Optional<URI> address(String node) {
        return Optional.empty();
    }

    @Override
    public ConcurrentMap<String, String> map(String name) {
        return maps.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
    }

    @Override
    public <T> T exclusively(String name, String key, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(name + '\0' + key, k -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void publish(String topic, String message) {
        subscribers.getOrDefault(topic, List.of()).forEach(subscriber -> subscriber.accept(message));
    }

    @Override
    public void subscribe(String topic, Consumer<String> subscriber) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(subscriber);
    }
}
