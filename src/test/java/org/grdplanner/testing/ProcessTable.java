package org.grdplanner.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What /proc says about live (non-zombie) processes. */
public final class ProcessTable {

    private ProcessTable() {
    }

    public static List<Long> membersOfGroup(long processGroup) {
        return processDirectories().stream()
                .filter(dir -> {
                    String[] fields = statFields(dir);
                    return fields.length > 2 && !"Z".equals(fields[0]) && fields[2].equals(Long.toString(processGroup));
                })
                .map(ProcessTable::pid)
                .toList();
    }

    /** Live processes whose environment holds {@code entry}, such as {@code GRD_SESSION_ID=psess-12345678}. */
    public static List<Long> withEnvironment(String entry) {
        byte[] wanted = (entry + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return processDirectories().stream()
                .filter(dir -> isRunning(pid(dir)))
                .filter(dir -> {
                    try {
                        byte[] environment = Files.readAllBytes(dir.resolve("environ"));
                        return new String(environment, java.nio.charset.StandardCharsets.ISO_8859_1)
                                .contains(new String(wanted, java.nio.charset.StandardCharsets.ISO_8859_1));
                    } catch (IOException | SecurityException goneOrNotOurs) {
                        return false;
                    }
                })
                .map(ProcessTable::pid)
                .toList();
    }

    /** The directory of each process in /proc, named by its pid. */
    static List<Path> processDirectories() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static long pid(Path processDirectory) {
        return Long.parseLong(processDirectory.getFileName().toString());
    }

    public static boolean isRunning(long pid) {
        String[] fields = statFields(Path.of("/proc", Long.toString(pid)));
        return fields.length > 0 && !"Z".equals(fields[0]);
    }

    /** The files a process holds open, by the paths they were opened by. */
    public static List<Path> openFiles(long pid) {
        return descriptorTargets(Path.of("/proc", Long.toString(pid))).stream()
                .filter(target -> target.startsWith("/"))
                .map(Path::of)
                .toList();
    }

    /** What each open descriptor of a process stands for: a path, or a kind and number like socket:[1234]. */
    static List<String> descriptorTargets(Path process) {
        try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
            return descriptors.flatMap(descriptor -> {
                try {
                    return Stream.of(Files.readSymbolicLink(descriptor).toString());
                } catch (IOException closedMeanwhile) {
                    return Stream.empty();
                }
            }).toList();
        } catch (IOException | SecurityException processGoneOrNotOurs) {
            return List.of();
        }
    }

    private static String[] statFields(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
