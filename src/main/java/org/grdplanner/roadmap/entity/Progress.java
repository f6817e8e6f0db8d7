package org.grdplanner.roadmap.entity;

public record Progress(int phasesComplete, int phasesTotal, int plansWithSummary, int plansTotal) {
}
