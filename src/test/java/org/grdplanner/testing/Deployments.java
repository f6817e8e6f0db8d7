package org.grdplanner.testing;

import java.io.File;
import org.grdplanner.projects.boundary.DeletionBeforeSubscription;
import org.grdplanner.testing.server.EndingGate;
import org.grdplanner.testing.server.EndingsRecorder;
import org.grdplanner.testing.server.ManagementProbe;
import org.grdplanner.testing.server.SessionLauncher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/grd-planner.war"));
    }

    /**
     * The built WAR plus test-only endpoints: test scripts run through the real execution handler, and races set up
     * that no request from outside can hit on purpose.
     */
    public static WebArchive builtWarWithTestEndpoints() {
        return builtWar().addClasses(SessionLauncher.class, EndingsRecorder.class, ManagementProbe.class,
                DeletionBeforeSubscription.class, EndingGate.class);
    }
}
