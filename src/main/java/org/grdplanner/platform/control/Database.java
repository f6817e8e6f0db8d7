package org.grdplanner.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The SQLite file in the data directory, or the PostgreSQL database {@code GRD_DATABASE_URL} names (with
 * {@code GRD_DATABASE_USER} and {@code GRD_DATABASE_PASSWORD}); {@link DatabaseSettings} picks the data source class.
 * The properties are the SQLite data source's; PostgreSQL's ignores them. SQLite allows one writer. Transactions begin IMMEDIATE so that a transaction that reads and then writes waits
 * for the write lock up front (busy timeout) instead of failing with SQLITE_BUSY when another writer got there
 * between its read and its write. Plain reads therefore run outside transactions (SUPPORTS), on WAL snapshots
 * that never wait for a writer.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=grd.database.datasource}",
        url = "${MPCONFIG=grd.database.url}",
        user = "${MPCONFIG=grd.database.user}",
        password = "${MPCONFIG=grd.database.password}",
        minPoolSize = 1,
        initialPoolSize = 1,
        maxPoolSize = 32,
        properties = {"journalMode=WAL", "busyTimeout=10000", "transactionMode=IMMEDIATE", "enforceForeignKeys=true"})
@Startup
@Singleton
@DependsOn("OpenServerGuard")
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/grd-planner";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    DataDirectory dataDirectory;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        dataDirectory.prepare();
        MigrateResult result = SchemaMigration.migrate(dataSource);
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database " + database() + " at schema version "
                + version + " (" + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
    }

    private String database() {
        String url = DatabaseSettings.configuredUrl();
        return DatabaseSettings.isPostgres(url) ? url.split("\\?")[0] : dataDirectory.root().resolve("grd-planner.db").toString();
    }

    public boolean isMigrated() {
        return migrated;
    }

    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
