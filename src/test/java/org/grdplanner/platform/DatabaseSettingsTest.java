package org.grdplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.grdplanner.platform.control.ConfiguredDialect;
import org.grdplanner.platform.control.DatabaseSettings;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @AfterEach
    void forgetTheUrl() {
        System.clearProperty("grd.database.url");
    }

    @Test
    void aPostgresUrlTakesPostgresDataSourceAndDialect() {
        System.setProperty("grd.database.url", "jdbc:postgresql://127.0.0.1:5432/grd");

        assertEquals("org.postgresql.ds.PGSimpleDataSource", new DatabaseSettings().getValue("grd.database.datasource"));
        assertInstanceOf(PostgreSQLDialect.class, new ConfiguredDialect().getWrappedDialect());
    }

    /** The build's own environment may name a PostgreSQL (README's cluster does): the property overrides it. */
    @Test
    void anyOtherUrlOrNoneKeepsTheSqliteFile() {
        System.setProperty("grd.database.url", "jdbc:sqlite:/tmp/elsewhere.db");

        assertEquals("org.sqlite.SQLiteDataSource", new DatabaseSettings().getValue("grd.database.datasource"));
        assertInstanceOf(SQLiteDialect.class, new ConfiguredDialect().getWrappedDialect());
        assertFalse(DatabaseSettings.isPostgres(null));
    }
}
