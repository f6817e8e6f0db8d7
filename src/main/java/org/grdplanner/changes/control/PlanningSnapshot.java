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
import java.util.TreeMap;
import org.grdplanner.roadmap.control.PlanningFolder;

/**
 * The files under a checkout's {@code .planning/} at one moment, each with its size and SHA-256, written as lines of
 * {@code sha256 TAB size TAB path}. Links that lead out of {@code .planning/} are not followed.
 */
public record PlanningSnapshot(Map<String, FileState> files) {

    public record FileState(String path, long size, String sha256) {
    }

    public PlanningSnapshot {
        files = Map.copyOf(files);
    }

    public static PlanningSnapshot of(Path checkout) {
        Map<String, FileState> files = new TreeMap<>();
        try {
            PlanningFolder.of(checkout).ifPresent(planning -> planning.files().forEach(file -> {
                String path = planning.relative(file);
                if (path.indexOf('\t') < 0 && path.indexOf('\n') < 0) {
                    files.put(path, new FileState(path, size(file), sha256(file)));
                }
            }));
        } catch (UncheckedIOException e) {
            return new PlanningSnapshot(files);
        }
        return new PlanningSnapshot(files);
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
