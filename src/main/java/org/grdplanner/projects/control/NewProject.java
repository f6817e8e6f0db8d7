package org.grdplanner.projects.control;

public record NewProject(String name, String description, String localPath, boolean autoInit) {
}
