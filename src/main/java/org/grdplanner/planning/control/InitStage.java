package org.grdplanner.planning.control;

/** The two sessions that initialize GRD planning in a checkout, in order. */
enum InitStage {
    MAP_CODEBASE("map-codebase", null),
    INIT("init", "--auto");

    final String command;
    final String argument;

    InitStage(String command, String argument) {
        this.command = command;
        this.argument = argument;
    }
}
