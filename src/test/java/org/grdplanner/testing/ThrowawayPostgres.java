package org.grdplanner.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A PostgreSQL of a test's own, from Debian's package (src/test/scripts/postgres.sh), on a free loopback port. */
public final class ThrowawayPostgres implements AutoCloseable {

    private static final Path SCRIPT = Path.of("src/test/scripts/postgres.sh").toAbsolutePath();

    private final Path directory;
    private final int port;

    private ThrowawayPostgres(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    public static ThrowawayPostgres start(Path directory, String... databases)
            throws IOException, InterruptedException {
        ThrowawayPostgres postgres = new ThrowawayPostgres(directory.toAbsolutePath(), Loopback.freePort());
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString(), "start",
                postgres.directory.toString(), Integer.toString(postgres.port)));
        command.addAll(List.of(databases));
        run(command);
        return postgres;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("sh", SCRIPT.toString(), "stop", directory.toString()));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
