package org.grdplanner.platform.control;

import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.DialectDelegateWrapper;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * Hibernate's dialect for the configured database. The persistence unit is built before the database is reached
 * (and before an SQLite file exists), so the dialect cannot be read from the connection, nor can persistence.xml
 * name a configured one: it names this, which follows the database URL as {@link DatabaseSettings} does.
 */
public class ConfiguredDialect extends DialectDelegateWrapper {

    public ConfiguredDialect() {
        super(DatabaseSettings.isPostgres(DatabaseSettings.configuredUrl()) ? new PostgreSQLDialect()
                : new SQLiteDialect());
    }
}
