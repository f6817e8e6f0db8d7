package org.grdplanner.planning.control;

import java.util.List;
import org.grdplanner.sessions.entity.ExecutionMode;

/**
 * One of the two sessions that initialize GRD planning in a checkout, in order: map-codebase, then init, with
 * {@code --auto @document} when there is a document and interactively when there is none.
 */
record InitStage(String command, String document) {

    static InitStage mapCodebase(String document) {
        return new InitStage("map-codebase", document);
    }

    InitStage next() {
        return new InitStage("init", document);
    }

    boolean isMapCodebase() {
        return command.equals("map-codebase");
    }

    ExecutionMode mode() {
        return isMapCodebase() || document != null ? ExecutionMode.AUTONOMOUS : ExecutionMode.INTERACTIVE;
    }

    List<String> arguments() {
        return isMapCodebase() || document == null ? List.of() : List.of("--auto", "@" + document);
    }
}
