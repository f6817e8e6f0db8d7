package org.grdplanner.roadmap.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grdplanner.platform.control.FrontMatter;
import org.grdplanner.platform.control.Refusal;

/**
 * The markdown documents GRD keeps under a checkout's {@code .planning/}: listed with their phase and kind, and read
 * one at a time, never from outside {@code .planning/}, through a link that leads out, or beyond 1 MiB.
 */
public final class PlanningDocuments {

    public static final long MAX_BYTES = PlanningFiles.MAX_BYTES;
    private static final Pattern PHASE = Pattern.compile("(?:^|/)phases/(\\d+(?:\\.\\d+)*)[^/]*/");

    /** {@code phase} is null for a project-level document; {@code kind} is its name's last word, as "plan". */
    public record Listed(String path, String phase, String kind, long size) {
    }

    public record Document(String path, Map<String, Object> frontMatter, String markdown) {
    }

    private PlanningDocuments() {
    }

    public static List<Listed> list(Path checkout) {
        return PlanningFolder.of(checkout).map(planning -> planning.files().stream()
                        .filter(file -> file.getFileName().toString().endsWith(".md"))
                        .map(file -> listed(planning, file))
                        .sorted(Comparator.comparing(Listed::path))
                        .toList())
                .orElse(List.of());
    }

    public static Document read(Path checkout, String path) {
        PlanningFolder planning = PlanningFolder.of(checkout)
                .orElseThrow(() -> Refusal.notFound("The checkout has no .planning/ folder."));
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0) {
            throw Refusal.invalidField("path", "path must be relative to .planning/, as phases/01-x/01-01-PLAN.md");
        }
        Path file = planning.root().resolve(path).normalize();
        if (!file.startsWith(planning.root())) {
            throw Refusal.invalidField("path", "path " + path + " leads out of .planning/");
        }
        if (!Files.exists(file)) {
            throw Refusal.notFound(".planning/" + path + " does not exist.");
        }
        if (!planning.contains(file)) {
            throw Refusal.invalidField("path", ".planning/" + path + " is a link that leads out of .planning/");
        }
        if (!Files.isRegularFile(file)) {
            throw Refusal.invalidField("path", ".planning/" + path + " is not a file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw Refusal.invalidField("path", ".planning/" + path + " is " + size
                        + " bytes; documents are shown up to " + MAX_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!PlanningFolder.isText(bytes)) {
                throw Refusal.invalidField("path", ".planning/" + path + " is not a text file");
            }
            FrontMatter document = FrontMatter.of(new String(bytes, StandardCharsets.UTF_8));
            return new Document(planning.relative(file), document.fields(), document.body());
        } catch (IOException e) {
            throw Refusal.notFound(".planning/" + path + " could not be read: " + e.getMessage());
        }
    }

    private static Listed listed(PlanningFolder planning, Path file) {
        String path = planning.relative(file);
        Matcher phase = PHASE.matcher(path);
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".md".length());
        String kind = stem.substring(stem.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
        return new Listed(path, phase.find() ? RoadmapMarkdown.normalize(phase.group(1)) : null, kind, size(file));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
