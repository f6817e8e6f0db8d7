package org.grdplanner.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The database of the server under test, read directly to prove what a request did or did not write: its SQLite
 * file, or the PostgreSQL database {@code grd.it.database.url} names (mvn verify -Ppostgres).
 */
public final class ItDatabase {

    private ItDatabase() {
    }

    public static Path dataDirectory() {
        return Path.of(System.getProperty("grd.it.data.dir", "target/it-data"));
    }

    public static DataSource dataSource() {
        String url = System.getProperty("grd.it.database.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setUrl(url);
            postgres.setUser("postgres");
            return postgres;
        }
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + dataDirectory().resolve("grd-planner.db"));
        return sqlite;
    }

    public static List<String> rows(String table) {
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.append(meta.getColumnName(column)).append('=').append(rows.getString(column)).append(';');
                }
                result.add(row.toString());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
