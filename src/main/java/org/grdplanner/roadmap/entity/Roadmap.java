package org.grdplanner.roadmap.entity;

import java.util.List;

public record Roadmap(String projectName, String currentMilestone, List<Milestone> milestones, Progress progress,
                      List<String> warnings) {
}
