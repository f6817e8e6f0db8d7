package org.grdplanner.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** The benchmark's files under target/bench: the agent, the flood text, project checkouts and server data. */
final class BenchWorkspace {

    private static final long MIB = 1024 * 1024;
    private static final String MULTI_BYTE_LINE =
            " Phase 2 → plan 02-03: streams the agent's output through a pseudo-terminal to the browser\n";
    private static final String PLAIN_LINE =
            " reading .planning/ROADMAP.md, phases/02-streaming/02-03-PLAN.md and writing the summary\n";

    private final Path root;
    private final AtomicInteger checkouts = new AtomicInteger();

    private BenchWorkspace(Path root) {
        this.root = root;
    }

    static BenchWorkspace prepare(BenchSettings settings) throws IOException {
        BenchWorkspace workspace = new BenchWorkspace(settings.root());
        deleteTree(workspace.checkouts());
        deleteTree(workspace.servers());
        Files.createDirectories(workspace.agent().getParent());
        Files.copy(settings.agentScript(), workspace.agent(), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        workspace.writeFloodText(settings.floodMiB() * MIB);
        return workspace;
    }

    Path root() {
        return root;
    }

    Path agent() {
        return root.resolve("agent/claude");
    }

    Path floodText() {
        return root.resolve("flood.txt");
    }

    /** A data directory of its own for each server the run starts. */
    Path serverData(String name) throws IOException {
        return Files.createDirectories(servers().resolve(name));
    }

    /** A new project checkout whose agent behaves as {@code mode}. */
    Path checkout(AgentMode mode) throws IOException {
        Path checkout = checkouts().resolve(mode.value() + "-" + checkouts.incrementAndGet());
        Files.createDirectories(checkout.resolve(".bench"));
        Files.writeString(checkout.resolve(".bench/mode"), mode.value() + "\n");
        if (mode == AgentMode.FLOOD) {
            Files.createSymbolicLink(checkout.resolve(".bench/flood.txt"), floodText());
        }
        return checkout;
    }

    private Path checkouts() {
        return root.resolve("checkouts");
    }

    private Path servers() {
        return root.resolve("servers");
    }

    /** Lines of agent-like text, every eighth with multi-byte characters, exactly {@code bytes} long. */
    private void writeFloodText(long bytes) throws IOException {
        Path text = floodText();
        if (Files.isRegularFile(text) && Files.size(text) == bytes) {
            return;
        }
        Files.createDirectories(root);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(text), 1 << 20)) {
            long written = 0;
            for (long number = 0; written < bytes; number++) {
                String numbered = number + (number % 8 == 0 ? MULTI_BYTE_LINE : PLAIN_LINE);
                byte[] line = numbered.getBytes(StandardCharsets.UTF_8);
                if (written + line.length > bytes) {
                    line = padding(bytes - written);
                }
                out.write(line);
                written += line.length;
            }
        }
    }

    private static byte[] padding(long length) {
        byte[] line = new byte[(int) length];
        Arrays.fill(line, (byte) '.');
        line[line.length - 1] = '\n';
        return line;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
