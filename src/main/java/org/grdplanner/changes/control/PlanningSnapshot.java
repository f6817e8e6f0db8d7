package org.grdplanner.changes.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files under a checkout's {@code .planning/} at one moment, each with its size and SHA-256, written as lines of
 * {@code sha256 TAB size TAB path}. Links that lead out of {@code .planning/} are not followed.
 */
public record PlanningSnapshot(Map<String, FileState> files) {

    private static final int MAX_DEPTH = 8;

    public record FileState(String path, long size, String sha256) {
    }

    public PlanningSnapshot {
        files = Map.copyOf(files);
    }

    public static PlanningSnapshot of(Path checkout) {
        Map<String, FileState> files = new TreeMap<>();
        Optional<Path> planning = realPlanning(checkout);
        if (planning.isEmpty()) {
            return new PlanningSnapshot(files);
        }
        try (Stream<Path> walk = Files.walk(planning.get(), MAX_DEPTH)) {
            walk.filter(Files::isRegularFile).filter(file -> isInside(file, planning.get())).forEach(file -> {
                String path = planning.get().relativize(file).toString();
                if (path.indexOf('\t') < 0 && path.indexOf('\n') < 0) {
                    files.put(path, new FileState(path, size(file), sha256(file)));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return new PlanningSnapshot(files);
        }
        return new PlanningSnapshot(files);
    }

    public static Optional<Path> realPlanning(Path checkout) {
        try {
            return Optional.of(checkout.resolve(".planning").toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static PlanningSnapshot parse(List<String> lines) {
        Map<String, FileState> files = new TreeMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t", 3);
            if (fields.length == 3) {
                files.put(fields[2], new FileState(fields[2], Long.parseLong(fields[1]), fields[0]));
            }
        }
        return new PlanningSnapshot(files);
    }

    public byte[] lines() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(files).values().forEach(file -> text.append(file.sha256()).append('\t').append(file.size())
                .append('\t').append(file.path()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isInside(Path file, Path planning) {
        try {
            return file.toRealPath().startsWith(planning);
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
