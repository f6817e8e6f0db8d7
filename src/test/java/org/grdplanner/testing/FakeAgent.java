package org.grdplanner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Drives src/test/scripts/fake-agent.sh, which the server under test runs as its agent CLI (see arquillian.xml):
 * installs it, makes it wait or fail, and reads back how it was started.
 */
public final class FakeAgent {

    public static final Path INSTALLED = Path.of("target/it-agent/claude").toAbsolutePath();
    private static final Path SCRIPT = Path.of("src/test/scripts/fake-agent.sh").toAbsolutePath();

    public record Run(String cwd, List<String> argv) {
    }

    private FakeAgent() {
    }

    public static void install() throws IOException {
        Files.createDirectories(INSTALLED.getParent());
        Files.copy(SCRIPT, INSTALLED, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    public static void hold(Path checkout) throws IOException {
        Files.createDirectories(checkout.resolve(".fake-agent"));
        Files.writeString(checkout.resolve(".fake-agent/hold"), "");
    }

    public static void release(Path checkout) throws IOException {
        Files.deleteIfExists(checkout.resolve(".fake-agent/hold"));
    }

    public static void exitWith(Path checkout, String command, int code) throws IOException {
        Files.createDirectories(checkout.resolve(".fake-agent"));
        Files.writeString(checkout.resolve(".fake-agent/exit-" + command), Integer.toString(code));
    }

    public static void writePlan(Path checkout, String command, String planPath) throws IOException {
        Files.createDirectories(checkout.resolve(".fake-agent"));
        Files.writeString(checkout.resolve(".fake-agent/write-" + command), planPath);
    }

    /** Every start of the agent in this checkout, oldest first. */
    public static List<Run> runs(Path checkout) {
        Path records = checkout.resolve(".fake-agent");
        if (!Files.isDirectory(records)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(records)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".argv"))
                    .sorted()
                    .map(FakeAgent::run)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Run run(Path argvFile) {
        try {
            String argv = Files.readString(argvFile, StandardCharsets.UTF_8);
            String cwdFile = argvFile.getFileName().toString().replace(".argv", ".cwd");
            String cwd = Files.readString(argvFile.resolveSibling(cwdFile)).strip();
            return new Run(cwd, Arrays.asList(argv.substring(0, argv.length() - 1).split("\0")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
