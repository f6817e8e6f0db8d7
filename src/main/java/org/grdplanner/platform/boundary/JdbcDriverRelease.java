package org.grdplanner.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.grdplanner.platform.control.JdbcDrivers;

/**
 * Releases the JDBC drivers the application loaded while its class loader still runs: Payara stops the web module,
 * and with it the class loader, before it destroys the application's EJBs.
 */
@WebListener
public class JdbcDriverRelease implements ServletContextListener {

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        JdbcDrivers.deregisterLoadedBy(JdbcDriverRelease.class.getClassLoader());
    }
}
