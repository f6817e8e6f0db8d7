package org.grdplanner.terminal.control;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Signals whole process groups: an agent forks children (node, MCP servers) that must not outlive its session.
 * Every agent {@link TerminalProcess} starts leads its own session, so its process group id is its pid.
 */
public final class ProcessGroups {

    public static final int SIGKILL = 9;
    public static final int SIGTERM = 15;
    private static final int PROCESS_GROUP = 2;
    private static final int SESSION = 3;

    private interface LibC extends Library {
        int kill(int pid, int signal);

        int getpgrp();
    }

    private static final LibC LIBC = Native.load("c", LibC.class);

    private ProcessGroups() {
    }

    public static boolean signal(long processGroup, int signal) {
        if (!isSignallable(processGroup)) {
            return false;
        }
        return LIBC.kill((int) -processGroup, signal) == 0;
    }

    /** Guards against ever signalling init, the server's own group, or everything (pgid 0 or 1). */
    private static boolean isSignallable(long processGroup) {
        return processGroup > 1 && processGroup <= Integer.MAX_VALUE && processGroup != LIBC.getpgrp()
                && processGroup != ProcessHandle.current().pid();
    }

    /** The process groups of every process that carries {@code GRD_SESSION_ID=<sessionId>} in its environment. */
    public static Set<Long> ofSession(String sessionId) {
        String marker = "GRD_SESSION_ID=" + sessionId;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> environment(dir).contains(marker))
                    .map(ProcessGroups::processGroupOf)
                    .flatMap(Optional::stream)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static List<String> environment(Path process) {
        try {
            return Arrays.asList(new String(Files.readAllBytes(process.resolve("environ")), StandardCharsets.UTF_8)
                    .split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The session a process belongs to; empty once it is gone. */
    static Optional<Long> sessionOf(long pid) {
        return statField(Path.of("/proc", Long.toString(pid)), SESSION);
    }

    private static Optional<Long> processGroupOf(Path process) {
        return statField(process, PROCESS_GROUP);
    }

    /** A numeric field of /proc/PID/stat, counted from the state that follows the command name. */
    private static Optional<Long> statField(Path process, int index) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] afterCommand = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(afterCommand[index]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
