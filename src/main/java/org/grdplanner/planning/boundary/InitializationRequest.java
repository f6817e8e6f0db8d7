package org.grdplanner.planning.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grdplanner.platform.boundary.JsonRequest;

/** The body of an initialization, which may be left out. */
@JsonRequest("an initialization's")
@Schema(additionalProperties = Schema.False.class)
public record InitializationRequest(
        @Schema(description = "A file in the checkout that GRD's init --auto starts from; the checkout's README "
                + "when absent; without either, init runs interactively")
        String document) {
}
