package org.grdplanner.platform.control;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The data source class that goes with the database URL ({@code GRD_DATABASE_URL}, or the system property
 * {@code grd.database.url}): PostgreSQL's for a {@code jdbc:postgresql:} URL, SQLite's otherwise. The data source is
 * declared before any code runs, so it reads its class from MicroProfile Config, where this source derives it from
 * the URL; any other source may still set it.
 */
public class DatabaseSettings implements ConfigSource {

    static final String DATA_SOURCE = "grd.database.datasource";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(DATA_SOURCE, isPostgres(configuredUrl()) ? "org.postgresql.ds.PGSimpleDataSource"
                : "org.sqlite.SQLiteDataSource");
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATA_SOURCE);
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return DatabaseSettings.class.getSimpleName();
    }

    /** Below the application's own properties (100), so that they may still say otherwise. */
    @Override
    public int getOrdinal() {
        return 50;
    }

    public static boolean isPostgres(String url) {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    public static String configuredUrl() {
        String property = System.getProperty("grd.database.url");
        return property != null ? property : System.getenv("GRD_DATABASE_URL");
    }
}
