package org.grdplanner.roadmap.entity;

public record Plan(String file, String number, String title, boolean hasSummary) {
}
