package org.grdplanner.cluster.control;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the nodes of a cluster share: maps, locks on their keys and topics. A single server is a cluster of one node,
 * whose maps are its own memory.
 */
public interface Grid {

    /** This node, as long as it runs; the next start is another node. */
    String nodeId();

    boolean isLive(String nodeId);

    /** How many nodes the cluster has now, this one included; none once this node has lost the grid. */
    int liveNodes();

    /** Where another live node takes requests; empty for this node and for nodes that are gone. */
    Optional<URI> address(String nodeId);

    ConcurrentMap<String, String> map(String name);

    /**
     * Runs {@code work} holding the cluster-wide lock of {@code key} in map {@code name}; a node that dies holding it
     * lets it go.
     */
    <T> T exclusively(String name, String key, Supplier<T> work);

    /** Every node's subscribers of {@code topic} hear {@code message}, this node's included. */
    void publish(String topic, String message);

    void subscribe(String topic, Consumer<String> subscriber);
}
