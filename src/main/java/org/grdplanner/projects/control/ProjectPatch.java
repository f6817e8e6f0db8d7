package org.grdplanner.projects.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

public class ProjectPatch {

    public static final Set<String> FIELDS = Set.of("name", "description", "local_path", "grd_init_status");

    @NotBlank(message = "name must not be blank")
    @Pattern(regexp = "\\P{Cntrl}*", message = "name must not contain control characters")
    @Size(max = ProjectLimits.NAME, message = "name must be at most {max} characters")
    public String name;

    @Size(max = ProjectLimits.DESCRIPTION, message = "description must be at most {max} characters")
    public String description;

    @NotBlank(message = "local_path must not be blank")
    @UsableDirectory
    public String localPath;

    @NotNull(message = "grd_init_status must be one of none, initializing, ready, failed")
    @Pattern(regexp = "none|initializing|ready|failed",
            message = "grd_init_status must be one of none, initializing, ready, failed")
    public String grdInitStatus;

    private Set<String> given = Set.of();

    public ProjectPatch given(Set<String> jsonFields) {
        this.given = Set.copyOf(jsonFields);
        return this;
    }

    public boolean isEmpty() {
        return given.isEmpty();
    }

    public boolean has(String jsonField) {
        return given.contains(jsonField);
    }
}
