package org.grdplanner.platform.control;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class JdbcDrivers {

    private static final Logger LOG = Logger.getLogger(JdbcDrivers.class.getName());

    private JdbcDrivers() {
    }

    /**
     * Deregisters the JDBC drivers {@code loader} loaded. SQLite's driver registers itself with DriverManager when
     * first used, and one left registered keeps an undeployed application's classes reachable; Payara then
     * deregisters it itself and warns at every undeploy.
     */
    public static void deregisterLoadedBy(ClassLoader loader) {
        List<Driver> loaded = DriverManager.drivers()
                .filter(driver -> driver.getClass().getClassLoader() == loader)
                .toList();
        for (Driver driver : loaded) {
            try {
                DriverManager.deregisterDriver(driver);
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Could not deregister the JDBC driver " + driver.getClass().getName(), e);
            }
        }
    }
}
