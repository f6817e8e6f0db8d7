package org.grdplanner.projects.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grdplanner.platform.boundary.JsonRequest;
import org.grdplanner.projects.control.ProjectLimits;
import org.grdplanner.projects.control.ProjectPatch;
import org.grdplanner.projects.control.UsableDirectory;
import org.grdplanner.planning.entity.GrdInitStatus;

/** A JSON merge patch of a project: a field left out stays, a null clears it where it may be cleared. */
@JsonRequest("a project's changeable")
@Schema(additionalProperties = Schema.False.class)
public record ProjectChanges(
        @Schema(maxLength = ProjectLimits.NAME)
        Optional<@NotBlank(message = "name must not be blank")
                @Pattern(regexp = "\\P{Cntrl}*", message = "name must not contain control characters")
                @Size(max = ProjectLimits.NAME, message = "name must be at most {max} characters") String> name,

        @Schema(maxLength = ProjectLimits.DESCRIPTION, nullable = true)
        Optional<@Size(max = ProjectLimits.DESCRIPTION, message = "description must be at most {max} characters")
                String> description,

        @Schema(minLength = 1, description = "An absolute path to an existing directory")
        Optional<@NotBlank(message = "local_path must not be blank") @UsableDirectory String> localPath,

        @Schema(enumeration = {"none", "initializing", "ready", "failed"})
        Optional<@NotNull(message = STATUSES) @Pattern(regexp = "none|initializing|ready|failed", message = STATUSES)
                String> grdInitStatus) {

    private static final String STATUSES = "grd_init_status must be one of none, initializing, ready, failed";

    public ProjectPatch patch() {
        return new ProjectPatch(orNull(name), description, orNull(localPath));
    }

    /** The status to set, empty when the change leaves it. */
    public Optional<GrdInitStatus> initStatus() {
        return grdInitStatus == null ? Optional.empty() : GrdInitStatus.fromValue(grdInitStatus.orElseThrow());
    }

    private static String orNull(Optional<String> change) {
        return change == null ? null : change.orElseThrow();
    }
}
