package org.grdplanner.roadmap.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grdplanner.platform.control.FrontMatter;
import org.grdplanner.roadmap.entity.Plan;

/** The phase folders GRD writes: {@code milestones/<name>/phases/NN-slug/} and the older {@code phases/NN-slug/}. */
final class PhaseFolders {

    private static final Pattern FOLDER = Pattern.compile("^(\\d+(?:\\.\\d+)*)(?:[-_ ](.*))?$");
    /** As GRD counts them: any {@code *-PLAN.md} or a bare {@code PLAN.md}; its number is what ends its prefix. */
    private static final Pattern PLAN_FILE = Pattern.compile("^(?:(?:.*-)?([^-]+)-)?PLAN\\.md$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#\\s+(.+?)\\s*$");
    private static final Pattern OBJECTIVE = Pattern.compile("<objective>\\s*(.+?)\\s*(?:\\R|</objective>)",
            Pattern.DOTALL);

    record Folder(String milestone, String number, String slug, Path path, boolean context, boolean research,
                  List<Plan> plans, int summaries) {
    }

    private final PlanningFiles files;
    final List<Folder> folders = new ArrayList<>();
    final List<String> milestoneNames = new ArrayList<>();

    PhaseFolders(PlanningFiles files, Path planning) {
        this.files = files;
        for (Path milestone : files.list(planning.resolve("milestones"))) {
            if (Files.isDirectory(milestone)) {
                milestoneNames.add(milestone.getFileName().toString());
                scan(milestone.getFileName().toString(), milestone.resolve("phases"));
            }
        }
        scan(null, planning.resolve("phases"));
    }

    Optional<Folder> of(String number, String milestoneVersion) {
        List<Folder> matching = folders.stream().filter(folder -> folder.number().equals(number)).toList();
        return matching.stream()
                .filter(folder -> milestoneVersion != null && folder.milestone() != null
                        && folder.milestone().contains(milestoneVersion))
                .findFirst()
                .or(() -> matching.stream().filter(folder -> folder.milestone() == null).findFirst())
                .or(() -> matching.stream().findFirst());
    }

    private void scan(String milestone, Path phases) {
        for (Path folder : files.list(phases)) {
            Matcher name = FOLDER.matcher(folder.getFileName().toString());
            if (Files.isDirectory(folder) && name.matches()) {
                folders.add(read(milestone, RoadmapMarkdown.normalize(name.group(1)), name.group(2), folder));
            }
        }
    }

    private Folder read(String milestone, String number, String slug, Path folder) {
        List<Path> entries = files.list(folder);
        List<String> names = entries.stream().map(path -> path.getFileName().toString()).toList();
        List<Plan> plans = new ArrayList<>();
        for (Path entry : entries) {
            Matcher plan = PLAN_FILE.matcher(entry.getFileName().toString());
            if (plan.matches()) {
                String file = entry.getFileName().toString();
                String summary = file.substring(0, file.length() - "PLAN.md".length()) + "SUMMARY.md";
                plans.add(new Plan(files.relative(entry), plan.group(1), title(entry), names.contains(summary)));
            }
        }
        int summaries = (int) names.stream()
                .filter(name -> name.endsWith("-SUMMARY.md") || name.equals("SUMMARY.md")).count();
        return new Folder(milestone, number, slug, folder, names.stream().anyMatch(n -> n.endsWith("CONTEXT.md")),
                names.stream().anyMatch(n -> n.endsWith("RESEARCH.md")), plans, summaries);
    }

    /** Its front matter's title, else its first heading, else the first line of its objective: GRD's plans rarely have a title. */
    private String title(Path plan) {
        return files.text(plan).map(text -> {
            FrontMatter file = FrontMatter.of(text);
            return file.text("title").orElseGet(() -> {
                Matcher heading = HEADING.matcher(file.body());
                if (heading.find()) {
                    return heading.group(1);
                }
                Matcher objective = OBJECTIVE.matcher(file.body());
                return objective.find() ? objective.group(1) : null;
            });
        }).orElse(null);
    }
}
