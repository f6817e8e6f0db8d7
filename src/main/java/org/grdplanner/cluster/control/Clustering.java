package org.grdplanner.cluster.control;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The grid this node is part of: Payara's Data Grid when GRD_CLUSTER_MEMBERS names the cluster's members (the run
 * command hands them to Payara), else a grid of this node alone. The grid's callbacks run one after another on a
 * thread of the application, so that the events of a project arrive in the order they were published.
 */
@ApplicationScoped
public class Clustering {

    static final String PAYARA_GRID = "payara/Hazelcast";

    @Inject
    @ConfigProperty(name = "grd.cluster.members")
    Optional<String> members;

    @Inject
    @ConfigProperty(name = "grd.port", defaultValue = "20000")
    int httpPort;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Event<NodeLeft> departures;

    private ExecutorService callbacks;

    @Produces
    @ApplicationScoped
    Grid grid() {
        if (members.filter(list -> !list.isBlank()).isEmpty()) {
            return new LocalGrid();
        }
        callbacks = Executors.newSingleThreadExecutor(threads);
        return new DataGrid(payaraGrid(), httpPort, callbacks, departures::fire);
    }

    void leave(@Disposes Grid grid) {
        if (grid instanceof DataGrid dataGrid) {
            dataGrid.leave();
            callbacks.shutdownNow();
        }
    }

    private HazelcastInstance payaraGrid() {
        try {
            HazelcastInstance grid = InitialContext.doLookup(PAYARA_GRID);
            if (grid != null && grid.getLifecycleService().isRunning()) {
                return grid;
            }
        } catch (NamingException e) {
            throw notRunning(e);
        }
        throw notRunning(null);
    }

    private IllegalStateException notRunning(Exception cause) {
        return new IllegalStateException("GRD_CLUSTER_MEMBERS is " + members.orElse("") + ", but Payara's Data Grid "
                + "is not running: start Payara Micro with --clustermode tcpip:<members> instead of --nocluster "
                + "(the run command does when GRD_CLUSTER_MEMBERS is set).", cause);
    }
}
