package org.grdplanner.projects.boundary;

import java.util.List;
import org.grdplanner.projects.entity.Project;

public record ProjectView(String id, String name, String description, String localPath, String grdInitStatus,
                          String grdInitReason, String createdAt, String updatedAt) {

    static ProjectView of(Project project) {
        return new ProjectView(project.getId(), project.getName(), project.getDescription(), project.getLocalPath(),
                project.getGrdInitStatus().value(), project.getGrdInitReason(), project.getCreatedAt().toString(),
                project.getUpdatedAt().toString());
    }

    public record Page(List<ProjectView> projects, int totalCount) {

        static Page of(List<Project> projects) {
            return new Page(projects.stream().map(ProjectView::of).toList(), projects.size());
        }
    }
}
