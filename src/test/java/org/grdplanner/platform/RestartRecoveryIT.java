package org.grdplanner.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.grdplanner.platform.control.RandomIds;
import org.grdplanner.platform.control.SchemaMigration;
import org.grdplanner.testing.Deployments;
import org.grdplanner.testing.Eventually;
import org.grdplanner.testing.ItDatabase;
import org.grdplanner.testing.Loopback;
import org.grdplanner.testing.ProcessTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class RestartRecoveryIT {

    private static final String PROJECT = RandomIds.next("proj-");
    private static final String ORPHAN = RandomIds.next("psess-");
    private static final String VANISHED = RandomIds.next("psess-");
    private static final String INITIALIZING = RandomIds.next("proj-");
    private static final Instant STARTED = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant LAST_OUTPUT = STARTED.plus(Duration.ofMinutes(50));
    private static Process orphan;

    /**
     * Arquillian calls this before it boots the server, which makes it the place to leave behind what a server that
     * died mid-session leaves: rows still active, one with a live process group carrying its session id, and a
     * project whose initialization was running.
     */
    @Deployment(testable = false)
    static WebArchive deployment() throws IOException, SQLException {
        Path data = Files.createDirectories(ItDatabase.dataDirectory().resolve("sessions"));
        orphan = startOrphan();
        Path transcript = Files.writeString(data.resolve(ORPHAN + ".log"), "output before the crash\r\n");
        Files.setLastModifiedTime(transcript, FileTime.from(LAST_OUTPUT));
        DataSource database = ItDatabase.dataSource();
        SchemaMigration.migrate(database);
        try (Connection connection = database.getConnection()) {
            String now = Instant.now().toString();
            insertProject(connection, PROJECT, "none", data, now);
            insertProject(connection, INITIALIZING, "initializing", data, now);
            insertActiveSession(connection, ORPHAN, orphan.pid());
            insertActiveSession(connection, VANISHED, Integer.MAX_VALUE);
        }
        return Deployments.builtWar();
    }

    private static void insertProject(Connection connection, String id, String initStatus, Path checkout, String now)
            throws SQLException {
        try (PreparedStatement project = connection.prepareStatement("INSERT INTO projects "
                + "(id, name, local_path, grd_init_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            project.setString(1, id);
            project.setString(2, "crashed");
            project.setString(3, checkout.toString());
            project.setString(4, initStatus);
            project.setString(5, now);
            project.setString(6, now);
            project.executeUpdate();
        }
    }

    private static Process startOrphan() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("setsid", "sh", "-c", "sleep 1000 & sleep 1000")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GRD_SESSION_ID", ORPHAN);
        return builder.start();
    }

    private static void insertActiveSession(Connection connection, String id, long pid) throws SQLException {
        try (PreparedStatement session = connection.prepareStatement(
                "INSERT INTO project_sessions (id, project_id, argv, cwd, execution_type, status, pid, created_at, "
                        + "last_activity_at) VALUES (?, ?, '[\"sh\"]', '/', 'direct', 'active', ?, ?, ?)")) {
            session.setString(1, id);
            session.setString(2, PROJECT);
            session.setLong(3, pid);
            session.setString(4, STARTED.toString());
            session.setString(5, STARTED.toString());
            session.executeUpdate();
        }
    }

    @ArquillianResource
    URL deployed;

    @Test
    void sessionsLeftActiveAreInterruptedAsOfTheirLastOutputAndTheirProcessGroupsKilled() throws InterruptedException {
        String sessions = Loopback.application(deployed).resolve("api/projects/" + PROJECT + "/sessions/").toString();

        given().get(sessions + ORPHAN).then().statusCode(200)
                .body("status", equalTo("interrupted"))
                .body("failure_reason", equalTo("The server stopped while this session ran."))
                .body("output_bytes", equalTo(25))
                .body("last_activity_at", equalTo(LAST_OUTPUT.toString()));
        given().get(sessions + VANISHED).then().statusCode(200)
                .body("status", equalTo("interrupted"))
                .body("last_activity_at", equalTo(STARTED.toString()));

        Eventually.until(() -> ProcessTable.membersOfGroup(orphan.pid()).isEmpty(),
                "the orphaned process group was killed");
    }

    @Test
    void anInitializationCutShortByTheRestartHasFailed() {
        given().get(Loopback.application(deployed).resolve("api/projects/" + INITIALIZING).toString())
                .then().statusCode(200)
                .body("grd_init_status", equalTo("failed"));
    }
}
