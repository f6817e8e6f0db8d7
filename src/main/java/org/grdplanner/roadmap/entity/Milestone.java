package org.grdplanner.roadmap.entity;

import java.util.List;

public record Milestone(String version, String name, boolean shipped, List<Phase> phases) {
}
