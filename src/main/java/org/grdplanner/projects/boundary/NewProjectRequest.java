package org.grdplanner.projects.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grdplanner.platform.boundary.JsonRequest;
import org.grdplanner.projects.control.NewProject;
import org.grdplanner.projects.control.ProjectLimits;
import org.grdplanner.projects.control.UsableDirectory;

@JsonRequest("a new project's")
@Schema(requiredProperties = {"name", "localPath"}, additionalProperties = Schema.False.class)
public record NewProjectRequest(
        @NotBlank(message = "name is required")
        @Pattern(regexp = "\\P{Cntrl}*", message = "name must not contain control characters")
        @Size(max = ProjectLimits.NAME, message = "name must be at most {max} characters")
        String name,

        @Size(max = ProjectLimits.DESCRIPTION, message = "description must be at most {max} characters")
        @Schema(nullable = true)
        String description,

        @NotBlank(message = "local_path is required")
        @UsableDirectory
        @Schema(description = "An absolute path to an existing directory: the project's checkout")
        String localPath,

        @Schema(description = "Start GRD's initialization at once")
        boolean autoInit) {

    /** Declared so that the constraints stay off its parameters, where Payara's OpenAPI scanner fails on them. */
    public NewProjectRequest(String name, String description, String localPath, boolean autoInit) {
        this.name = name;
        this.description = description;
        this.localPath = localPath;
        this.autoInit = autoInit;
    }

    public NewProject draft() {
        return new NewProject(name, description, localPath, autoInit);
    }
}
