package org.grdplanner.sessions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.grdplanner.platform.control.RandomIds;
import org.grdplanner.platform.control.SchemaMigration;
import org.grdplanner.testing.Deployments;
import org.grdplanner.testing.ItDatabase;
import org.grdplanner.testing.Loopback;
import org.grdplanner.testing.ProcessTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlite.SQLiteDataSource;

@ExtendWith(ArquillianExtension.class)
class SessionRecoveryIT {

    private static final String PROJECT = RandomIds.next("proj-");
    private static final String ORPHAN = RandomIds.next("psess-");
    private static final String VANISHED = RandomIds.next("psess-");
    private static Process orphan;

    /**
     * Arquillian calls this before it boots the server, which makes it the place to leave behind what a server that
     * died mid-session leaves: rows still active, one with a live process group carrying its session id.
     */
    @Deployment(testable = false)
    static WebArchive deployment() throws IOException, SQLException {
        Path data = Files.createDirectories(ItDatabase.dataDirectory().resolve("sessions"));
        orphan = startOrphan();
        Files.writeString(data.resolve(ORPHAN + ".log"), "output before the crash\r\n");
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + ItDatabase.dataDirectory().resolve("grd-planner.db"));
        SchemaMigration.migrate(database);
        try (Connection connection = database.getConnection()) {
            String now = Instant.now().toString();
            try (PreparedStatement project = connection.prepareStatement(
                    "INSERT INTO projects (id, name, local_path, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                project.setString(1, PROJECT);
                project.setString(2, "crashed");
                project.setString(3, data.toString());
                project.setString(4, now);
                project.setString(5, now);
                project.executeUpdate();
            }
            insertActiveSession(connection, ORPHAN, orphan.pid(), now);
            insertActiveSession(connection, VANISHED, Integer.MAX_VALUE, now);
        }
        return Deployments.builtWar();
    }

    private static Process startOrphan() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("setsid", "sh", "-c", "sleep 1000 & sleep 1000")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GRD_SESSION_ID", ORPHAN);
        return builder.start();
    }

    private static void insertActiveSession(Connection connection, String id, long pid, String now)
            throws SQLException {
        try (PreparedStatement session = connection.prepareStatement(
                "INSERT INTO project_sessions (id, project_id, argv, cwd, execution_type, status, pid, created_at, "
                        + "last_activity_at) VALUES (?, ?, '[\"sh\"]', '/', 'direct', 'active', ?, ?, ?)")) {
            session.setString(1, id);
            session.setString(2, PROJECT);
            session.setLong(3, pid);
            session.setString(4, now);
            session.setString(5, now);
            session.executeUpdate();
        }
    }

    @ArquillianResource
    URL deployed;

    @Test
    void sessionsLeftActiveAreInterruptedAndTheirProcessGroupsKilled() throws InterruptedException {
        String sessions = Loopback.application(deployed).resolve("api/projects/" + PROJECT + "/sessions/").toString();

        given().get(sessions + ORPHAN).then().statusCode(200)
                .body("status", equalTo("interrupted"))
                .body("failure_reason", equalTo("The server stopped while this session ran."))
                .body("output_bytes", equalTo(25));
        given().get(sessions + VANISHED).then().statusCode(200).body("status", equalTo("interrupted"));

        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!ProcessTable.membersOfGroup(orphan.pid()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(ProcessTable.membersOfGroup(orphan.pid()).isEmpty(), "the orphaned process group was killed");
    }
}
