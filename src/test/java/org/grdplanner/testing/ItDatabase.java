package org.grdplanner.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteDataSource;

/** Reads the database of the server under test directly, to prove what a request did or did not write. */
public final class ItDatabase {

    private ItDatabase() {
    }

    public static Path dataDirectory() {
        return Path.of(System.getProperty("grd.it.data.dir", "target/it-data"));
    }

    public static List<String> rows(String table) {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dataDirectory().resolve("grd-planner.db"));
        source.setReadOnly(true);
        try (Connection connection = source.getConnection();
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
