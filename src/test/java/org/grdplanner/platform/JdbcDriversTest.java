package org.grdplanner.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.grdplanner.platform.control.JdbcDrivers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.JDBC;

class JdbcDriversTest {

    /** Afterwards too, as the other tests share this JVM's DriverManager. */
    @BeforeEach
    @AfterEach
    void sqliteDriverRegistered() throws SQLException {
        if (!sqliteRegistered()) {
            DriverManager.registerDriver(new JDBC());
        }
    }

    @Test
    void theDriversTheClassLoaderLoadedAreDeregistered() {
        JdbcDrivers.deregisterLoadedBy(JDBC.class.getClassLoader());

        assertFalse(sqliteRegistered());
    }

    @Test
    void driversAnotherClassLoaderLoadedStay() throws Exception {
        try (URLClassLoader another = new URLClassLoader(new URL[0], null)) {
            JdbcDrivers.deregisterLoadedBy(another);
        }

        assertTrue(sqliteRegistered());
    }

    private static boolean sqliteRegistered() {
        return DriverManager.drivers().anyMatch(JDBC.class::isInstance);
    }
}
