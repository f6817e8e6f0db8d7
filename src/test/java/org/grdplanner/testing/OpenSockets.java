package org.grdplanner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What /proc/net says about the sockets a process has open for others to reach: TCP sockets that listen and UDP
 * sockets that are bound.
 */
public final class OpenSockets {

    private static final String TCP_LISTEN = "0A";
    private static final List<String> TABLES = List.of("tcp", "tcp6", "udp", "udp6");

    private OpenSockets() {
    }

    /** The process holding the TCP socket that listens on {@code port}. */
    public static long listenerOf(int port) {
        Map<Long, InetSocketAddress> reachable = reachableByInode();
        Set<Long> inodes = new HashSet<>();
        reachable.forEach((inode, address) -> {
            if (address.getPort() == port) {
                inodes.add(inode);
            }
        });
        return ProcessTable.processDirectories().stream()
                .filter(dir -> socketInodes(dir).stream().anyMatch(inodes::contains))
                .map(ProcessTable::pid)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No process listens on port " + port));
    }

    public static Set<InetSocketAddress> of(long pid) {
        Map<Long, InetSocketAddress> reachable = reachableByInode();
        Set<InetSocketAddress> open = new HashSet<>();
        for (long inode : socketInodes(Path.of("/proc", Long.toString(pid)))) {
            if (reachable.containsKey(inode)) {
                open.add(reachable.get(inode));
            }
        }
        return open;
    }

    private static Map<Long, InetSocketAddress> reachableByInode() {
        Map<Long, InetSocketAddress> reachable = new HashMap<>();
        for (String table : TABLES) {
            boolean tcp = table.startsWith("tcp");
            for (String line : lines(Path.of("/proc/net", table))) {
                String[] fields = line.trim().split("\\s+");
                if (!tcp || TCP_LISTEN.equals(fields[3])) {
                    reachable.put(Long.parseLong(fields[9]), address(fields[1]));
                }
            }
        }
        return reachable;
    }

    private static List<String> lines(Path table) {
        try {
            List<String> lines = Files.readAllLines(table);
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** /proc/net writes an address as 32-bit words in the machine's byte order, and the port in hex after a colon. */
    private static InetSocketAddress address(String field) {
        String[] parts = field.split(":");
        String words = parts[0];
        byte[] bytes = new byte[words.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            int value = Integer.parseUnsignedInt(words.substring(word * 8, word * 8 + 8), 16);
            if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
                value = Integer.reverseBytes(value);
            }
            for (int i = 0; i < 4; i++) {
                bytes[word * 4 + i] = (byte) (value >>> (24 - 8 * i));
            }
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(bytes), Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(field, e);
        }
    }

    private static Set<Long> socketInodes(Path process) {
        return ProcessTable.descriptorTargets(process).stream()
                .filter(target -> target.startsWith("socket:["))
                .map(target -> Long.parseLong(target.substring(8, target.length() - 1)))
                .collect(Collectors.toSet());
    }
}
