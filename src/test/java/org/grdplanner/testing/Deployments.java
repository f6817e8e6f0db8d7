package org.grdplanner.testing;

import java.io.File;
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

    /** The built WAR plus test-only endpoints that run test scripts through the real execution handler. */
    public static WebArchive builtWarWithTestLauncher() {
        return builtWar().addClasses(SessionLauncher.class, EndingsRecorder.class, ManagementProbe.class);
    }
}
