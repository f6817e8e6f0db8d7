package org.grdplanner.projects.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

public class NewProject {

    public static final Set<String> FIELDS = Set.of("name", "description", "local_path", "auto_init");

    @NotBlank(message = "name is required")
    @Pattern(regexp = "\\P{Cntrl}*", message = "name must not contain control characters")
    @Size(max = ProjectLimits.NAME, message = "name must be at most {max} characters")
    public String name;

    @Size(max = ProjectLimits.DESCRIPTION, message = "description must be at most {max} characters")
    public String description;

    @NotBlank(message = "local_path is required")
    @UsableDirectory
    public String localPath;

    public boolean autoInit;
}
