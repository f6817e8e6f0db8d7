package org.grdplanner.cluster.control;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import jakarta.ejb.ConcurrentAccessTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The cluster on Payara's Data Grid (Hazelcast): a node is a grid member, known by its member UUID, and publishes the
 * address of its HTTP listener in a shared map. Hazelcast calls back on its own threads, which must not wait; what
 * the application does with a callback runs on {@code callbacks}, an executor of the application.
 */
final class DataGrid implements Grid {

    static final String NODES = "grd-nodes";
    private static final long LOCK_WAIT_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    private final HazelcastInstance hazelcast;
    private final String nodeId;
    private final URI address;
    private final Executor callbacks;
    private final List<Runnable> unsubscriptions = new CopyOnWriteArrayList<>();

    DataGrid(HazelcastInstance hazelcast, int httpPort, Executor callbacks, Consumer<NodeLeft> nodeLeft) {
        this.hazelcast = hazelcast;
        this.callbacks = callbacks;
        Member local = hazelcast.getCluster().getLocalMember();
        this.nodeId = local.getUuid().toString();
        this.address = URI.create("http://" + local.getAddress().getHost() + ":" + httpPort + "/");
        announce();
        UUID listener = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                LOG.info(() -> "Node " + event.getMember().getUuid() + " joined; the cluster has "
                        + event.getMembers().size() + " nodes");
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                String left = event.getMember().getUuid().toString();
                LOG.info(() -> "Node " + left + " left; the cluster has " + event.getMembers().size() + " nodes");
                callbacks.execute(() -> {
                    nodes().remove(left);
                    announce();
                    nodeLeft.accept(new NodeLeft(left));
                });
            }
        });
        unsubscriptions.add(() -> hazelcast.getCluster().removeMembershipListener(listener));
        LOG.info(() -> "Node " + nodeId + " at " + address + " joined a cluster of "
                + hazelcast.getCluster().getMembers().size() + " nodes");
    }

    /**
     * A map entry lives on one node, and its backup may be lost with it, so each node states its address again when
     * one leaves.
     */
    private void announce() {
        nodes().put(nodeId, address.toString());
    }

    private IMap<String, String> nodes() {
        return hazelcast.getMap(NODES);
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public boolean isLive(String node) {
        return node != null && hazelcast.getCluster().getMembers().stream()
                .anyMatch(member -> member.getUuid().toString().equals(node));
    }

    @Override
    public int liveNodes() {
        return hazelcast.getLifecycleService().isRunning() ? hazelcast.getCluster().getMembers().size() : 0;
    }

    @Override
    public Optional<URI> address(String node) {
        if (nodeId.equals(node) || !isLive(node)) {
            return Optional.empty();
        }
        return Optional.ofNullable(nodes().get(node)).map(URI::create);
    }

    @Override
    public ConcurrentMap<String, String> map(String name) {
        return hazelcast.getMap(name);
    }

    @Override
    public <T> T exclusively(String name, String key, Supplier<T> work) {
        IMap<String, String> map = hazelcast.getMap(name);
        try {
            if (!map.tryLock(key, LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ConcurrentAccessTimeoutException("The cluster-wide lock of " + key + " was held for over "
                        + LOCK_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentAccessTimeoutException("Interrupted waiting for the cluster-wide lock of " + key);
        }
        try {
            return work.get();
        } finally {
            map.unlock(key);
        }
    }

    @Override
    public void publish(String topic, String message) {
        hazelcast.<String>getTopic(topic).publish(message);
    }

    @Override
    public void subscribe(String topic, Consumer<String> subscriber) {
        ITopic<String> messages = hazelcast.getTopic(topic);
        UUID listener = messages.addMessageListener(message -> {
            String text = message.getMessageObject();
            callbacks.execute(() -> subscriber.accept(text));
        });
        unsubscriptions.add(() -> messages.removeMessageListener(listener));
    }

    /** The application is undeployed; the grid, which belongs to the server, goes on. */
    void leave() {
        unsubscriptions.forEach(Runnable::run);
        if (hazelcast.getLifecycleService().isRunning()) {
            nodes().remove(nodeId);
        }
    }
}
