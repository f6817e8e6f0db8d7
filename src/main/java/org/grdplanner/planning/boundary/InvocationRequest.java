package org.grdplanner.planning.boundary;

import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grdplanner.platform.boundary.JsonRequest;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.sessions.entity.ExecutionMode;

@JsonRequest("an invocation's")
@Schema(requiredProperties = "command", additionalProperties = Schema.False.class)
public record InvocationRequest(
        @Schema(description = "A planning command of GET /api/planning/commands")
        String command,

        @Schema(description = "The command's arguments: an object of named values, or an array in order; "
                + "each value a string, number or boolean")
        JsonValue args,

        @Schema(description = "The command's own mode when absent", enumeration = {"autonomous", "interactive"})
        String mode) {

    ExecutionMode executionMode() {
        return mode == null ? null : ExecutionMode.fromValue(mode)
                .orElseThrow(() -> Refusal.invalidField("mode", "mode must be autonomous or interactive."));
    }
}
