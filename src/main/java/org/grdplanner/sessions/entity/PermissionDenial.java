package org.grdplanner.sessions.entity;

/** An action the agent's permission mode refused: the tool, and the path or command it would have acted on. */
public record PermissionDenial(String toolName, String target) {
}
