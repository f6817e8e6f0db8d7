package org.grdplanner.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.grdplanner.platform.control.JdbcDrivers;

/**
 * Releases the JDBC drivers the application loaded as its web module stops. Payara looks for drivers left registered
 * when it stops the module's class loader; an EJB's {@code @PreDestroy} runs too late for that.
 */
@WebListener
public class JdbcDriverRelease implements ServletContextListener {

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        JdbcDrivers.deregisterLoadedBy(JdbcDriverRelease.class.getClassLoader());
    }
}
