package org.grdplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.grdplanner.platform.control.SchemaMigration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class SchemaMigrationTest {

    private static final int ROWS = 1_000;

    @TempDir
    Path dataDirectory;

    private SQLiteDataSource dataSource;

    @BeforeEach
    void databaseBuiltByV1Alone() throws SQLException {
        dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dataDirectory.resolve("grd-planner.db"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO projects (id, name, description, local_path, created_at, updated_at) "
                             + "VALUES (?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < ROWS; i++) {
                insert.setString(1, String.format("proj-%08x", i));
                insert.setString(2, "Project " + i + " ü");
                insert.setString(3, i % 3 == 0 ? null : "description " + i);
                insert.setString(4, "/work/checkout " + i);
                insert.setString(5, "2026-01-01T00:00:" + String.format("%02d", i % 60) + "Z");
                insert.setString(6, "2026-02-01T00:00:00Z");
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    @Test
    void addsInitStatusKeepingEveryRow() throws SQLException {
        List<String> before = rows("id, name, description, local_path, created_at, updated_at");

        MigrateResult result = SchemaMigration.migrate(dataSource);

        assertEquals("2", result.migrations.get(0).version);
        assertEquals(before, rows("id, name, description, local_path, created_at, updated_at"));
        assertEquals(List.of("none|" + ROWS), rows("grd_init_status, count(*)", "GROUP BY grd_init_status"));
    }

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        SchemaMigration.migrate(dataSource);
        List<String> migrated = rows("*");

        MigrateResult again = SchemaMigration.migrate(dataSource);

        assertEquals(0, again.migrationsExecuted);
        assertEquals(migrated, rows("*"));
    }

    private List<String> rows(String columns) throws SQLException {
        return rows(columns, "GROUP BY id");
    }

    private List<String> rows(String columns, String grouping) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement()
                     .executeQuery("SELECT " + columns + " FROM projects " + grouping + " ORDER BY 1")) {
            List<String> result = new ArrayList<>();
            int width = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= width; column++) {
                    row.append(column > 1 ? "|" : "").append(rows.getString(column));
                }
                result.add(row.toString());
            }
            return result;
        }
    }
}
