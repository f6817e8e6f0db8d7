package org.grdplanner.roadmap.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What ROADMAP.md says: milestones in order, the phases under each, and the checklist's ticks. */
final class RoadmapMarkdown {

    static final String UNNAMED_MILESTONE = "";

    private static final Pattern PHASE_HEADING =
            Pattern.compile("^#{2,}\\s+.*?Phase\\s+(\\d+(?:\\.\\d+)*)\\s*[:.\\-–—]\\s*(.+?)\\s*#*\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#{2,}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SUMMARY = Pattern.compile("<summary>(.*?)</summary>", Pattern.CASE_INSENSITIVE);
    /** As GRD reads milestones: a version with at least a minor number, v0.3 or v1.2.0; "## v2 ideas" is none. */
    private static final Pattern VERSION = Pattern.compile("\\bv\\d+\\.\\d+(?:\\.\\d+)?\\b");
    private static final Pattern FIELD =
            Pattern.compile("^\\s*[-*]?\\s*\\*\\*(Goal|Depends on):?\\*\\*\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECKBOX =
            Pattern.compile("^\\s*[-*]\\s+\\[([ xX])]\\s+\\*\\*Phase\\s+(\\d+(?:\\.\\d+)*)\\b.*");
    private static final Pattern INSERTED = Pattern.compile("\\s*\\(INSERTED\\)\\s*$", Pattern.CASE_INSENSITIVE);

    record ParsedPhase(String number, String name, boolean inserted, String goal, String dependsOn) {
    }

    record ParsedMilestone(String version, String name, boolean shipped, List<ParsedPhase> phases) {
    }

    final String title;
    final List<ParsedMilestone> milestones = new ArrayList<>();
    final Map<String, Boolean> checked = new HashMap<>();

    private RoadmapMarkdown(String title) {
        this.title = title;
    }

    static RoadmapMarkdown parse(String text) {
        String[] lines = text.split("\\R");
        RoadmapMarkdown roadmap = new RoadmapMarkdown(title(lines));
        MilestoneBuilder milestone = null;
        PhaseBuilder phase = null;
        boolean inDetails = false;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.toLowerCase().startsWith("<details")) {
                inDetails = true;
            }
            Matcher checkbox = CHECKBOX.matcher(line);
            if (checkbox.matches()) {
                roadmap.checked.put(normalize(checkbox.group(2)), !checkbox.group(1).isBlank());
                continue;
            }
            Matcher phaseHeading = PHASE_HEADING.matcher(trimmed);
            if (phaseHeading.matches()) {
                if (milestone == null) {
                    milestone = roadmap.startMilestone(null, UNNAMED_MILESTONE, false);
                }
                phase = milestone.add(phaseHeading.group(1), phaseHeading.group(2));
                continue;
            }
            Matcher summary = SUMMARY.matcher(trimmed);
            Matcher heading = HEADING.matcher(trimmed);
            String milestoneText = summary.find() ? summary.group(1) : heading.matches() ? heading.group(1) : null;
            if (milestoneText != null && VERSION.matcher(milestoneText).find()) {
                Matcher version = VERSION.matcher(milestoneText);
                version.find();
                boolean shipped = inDetails || milestoneText.toUpperCase().contains("SHIPPED")
                        || milestoneText.contains("✅");
                milestone = roadmap.startMilestone(version.group(), nameAfter(milestoneText, version.end()), shipped);
                phase = null;
                continue;
            }
            if (trimmed.toLowerCase().startsWith("</details")) {
                inDetails = false;
            }
            Matcher field = FIELD.matcher(line);
            if (phase != null && field.matches()) {
                phase.set(field.group(1), field.group(2).strip());
            }
        }
        return roadmap;
    }

    private MilestoneBuilder startMilestone(String version, String name, boolean shipped) {
        MilestoneBuilder builder = new MilestoneBuilder(version, name, shipped);
        milestones.add(builder.milestone);
        return builder;
    }

    static String normalize(String number) {
        String[] parts = number.split("\\.", 2);
        String whole = parts[0].replaceFirst("^0+(?=\\d)", "");
        return parts.length == 1 ? whole : whole + "." + parts[1];
    }

    private static String title(String[] lines) {
        for (String line : lines) {
            if (line.startsWith("# ")) {
                return line.substring(2).replaceFirst("(?i)^roadmap\\s*[:\\-–—]?\\s*", "").strip();
            }
        }
        return null;
    }

    private static String nameAfter(String text, int versionEnd) {
        return text.substring(versionEnd)
                .replaceAll("\\(.*?\\)", "")
                .replaceAll("(?i)-\\s*shipped.*$", "")
                .replaceAll("[\\p{So}\\p{Cn}\\uFE0F*]", "")
                .replaceAll("^[\\s:\\-–—]+|[\\s:\\-–—]+$", "")
                .strip();
    }

    private static final class MilestoneBuilder {
        final ParsedMilestone milestone;

        MilestoneBuilder(String version, String name, boolean shipped) {
            milestone = new ParsedMilestone(version, name, shipped, new ArrayList<>());
        }

        PhaseBuilder add(String number, String heading) {
            PhaseBuilder phase = new PhaseBuilder(milestone.phases(), normalize(number), heading);
            phase.publish();
            return phase;
        }
    }

    private static final class PhaseBuilder {
        private final List<ParsedPhase> phases;
        private final int index;
        private ParsedPhase phase;

        PhaseBuilder(List<ParsedPhase> phases, String number, String heading) {
            this.phases = phases;
            this.index = phases.size();
            boolean inserted = INSERTED.matcher(heading).find();
            this.phase = new ParsedPhase(number, INSERTED.matcher(heading).replaceAll("").strip(), inserted, null, null);
        }

        void publish() {
            phases.add(phase);
        }

        void set(String field, String value) {
            phase = field.equalsIgnoreCase("goal")
                    ? new ParsedPhase(phase.number(), phase.name(), phase.inserted(), value, phase.dependsOn())
                    : new ParsedPhase(phase.number(), phase.name(), phase.inserted(), phase.goal(), value);
            phases.set(index, phase);
        }
    }
}
