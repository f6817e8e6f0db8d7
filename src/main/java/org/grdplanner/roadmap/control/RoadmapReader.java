package org.grdplanner.roadmap.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grdplanner.roadmap.entity.Milestone;
import org.grdplanner.roadmap.entity.Phase;
import org.grdplanner.roadmap.entity.PhaseStatus;
import org.grdplanner.roadmap.entity.Plan;
import org.grdplanner.roadmap.entity.Progress;
import org.grdplanner.roadmap.entity.Roadmap;

/** Reads a checkout's {@code .planning/} into milestones, phases and plans; never throws for what it finds there. */
public final class RoadmapReader {

    private static final Pattern STATE_MILESTONE = Pattern.compile("(?m)^\\**Milestone:?\\**:?\\s*(.+?)\\s*$");
    private static final Pattern PROJECT_TITLE = Pattern.compile("(?m)^#\\s+(.+?)\\s*$");

    private RoadmapReader() {
    }

    public static Roadmap read(Path checkout) {
        Path planning = checkout.resolve(".planning");
        if (!Files.isDirectory(checkout)) {
            return empty(List.of("The checkout " + checkout + " is not a directory any more; "
                    + "point the project's local_path at where it is now."));
        }
        if (!Files.isDirectory(planning)) {
            return empty(List.of());
        }
        PlanningFiles files = new PlanningFiles(checkout);
        Optional<RoadmapMarkdown> markdown = files.text(planning.resolve("ROADMAP.md")).map(RoadmapMarkdown::parse);
        if (markdown.isEmpty() && !Files.exists(planning.resolve("ROADMAP.md"))) {
            files.warnings().add(".planning/ROADMAP.md is missing; phases come from their folders alone.");
        }
        PhaseFolders folders = new PhaseFolders(files, planning);
        List<Milestone> milestones = markdown.map(roadmap -> fromRoadmap(roadmap, folders))
                .orElseGet(() -> fromFolders(folders));
        String projectName = files.text(planning.resolve("PROJECT.md"))
                .map(PROJECT_TITLE::matcher).filter(Matcher::find).map(m -> m.group(1))
                .or(() -> markdown.map(roadmap -> roadmap.title))
                .orElse(null);
        String current = currentMilestone(files, planning, folders, milestones);
        return new Roadmap(projectName, current, milestones, progress(milestones), List.copyOf(files.warnings()));
    }

    private static Roadmap empty(List<String> warnings) {
        return new Roadmap(null, null, List.of(), new Progress(0, 0, 0, 0), warnings);
    }

    private static List<Milestone> fromRoadmap(RoadmapMarkdown roadmap, PhaseFolders folders) {
        List<Milestone> milestones = new ArrayList<>();
        for (RoadmapMarkdown.ParsedMilestone parsed : roadmap.milestones) {
            List<Phase> phases = parsed.phases().stream().map(phase -> {
                Optional<PhaseFolders.Folder> folder = folders.of(phase.number(), parsed.version());
                return phase(phase.number(), phase.name(), phase.inserted(), phase.goal(), phase.dependsOn(),
                        roadmap.checked.getOrDefault(phase.number(), false), folder);
            }).toList();
            milestones.add(new Milestone(parsed.version(), parsed.name(), parsed.shipped(), phases));
        }
        return milestones;
    }

    private static List<Milestone> fromFolders(PhaseFolders folders) {
        List<Milestone> milestones = new ArrayList<>();
        List<String> names = new ArrayList<>(folders.milestoneNames);
        if (folders.folders.stream().anyMatch(folder -> folder.milestone() == null)) {
            names.add(null);
        }
        for (String name : names) {
            List<Phase> phases = folders.folders.stream()
                    .filter(folder -> name == null ? folder.milestone() == null : name.equals(folder.milestone()))
                    .map(folder -> phase(folder.number(), slugName(folder.slug()), false, null, null, false,
                            Optional.of(folder)))
                    .toList();
            milestones.add(new Milestone(null, name == null ? "" : name, false, phases));
        }
        return milestones;
    }

    private static Phase phase(String number, String name, boolean inserted, String goal, String dependsOn,
                               boolean checked, Optional<PhaseFolders.Folder> folder) {
        List<Plan> plans = folder.map(PhaseFolders.Folder::plans).orElse(List.of());
        PhaseStatus status = PhaseStatus.of(folder.isPresent(), folder.map(PhaseFolders.Folder::context).orElse(false),
                folder.map(PhaseFolders.Folder::research).orElse(false), plans.size(),
                folder.map(PhaseFolders.Folder::summaries).orElse(0));
        return new Phase(number, name, inserted, goal, dependsOn, checked, status.value(),
                folder.map(f -> f.path().getFileName().toString()).orElse(null), plans);
    }

    private static String slugName(String slug) {
        return slug == null ? "" : slug.replace('-', ' ').strip();
    }

    private static String currentMilestone(PlanningFiles files, Path planning, PhaseFolders folders,
                                           List<Milestone> milestones) {
        Optional<String> fromState = files.text(planning.resolve("STATE.md"))
                .map(STATE_MILESTONE::matcher).filter(Matcher::find).map(m -> m.group(1).strip());
        if (fromState.isPresent()) {
            return fromState.get();
        }
        if (folders.milestoneNames.size() == 1) {
            return folders.milestoneNames.get(0);
        }
        return milestones.stream().filter(m -> !m.shipped() && m.version() != null)
                .reduce((first, second) -> second)
                .map(m -> (m.version() + " " + m.name()).strip())
                .orElse(null);
    }

    private static Progress progress(List<Milestone> milestones) {
        List<Phase> phases = milestones.stream().flatMap(m -> m.phases().stream()).toList();
        List<Plan> plans = phases.stream().flatMap(p -> p.plans().stream()).toList();
        return new Progress((int) phases.stream().filter(p -> PhaseStatus.COMPLETE.value().equals(p.status())).count(),
                phases.size(), (int) plans.stream().filter(Plan::hasSummary).count(), plans.size());
    }
}
