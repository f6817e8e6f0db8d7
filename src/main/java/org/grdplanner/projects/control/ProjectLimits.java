package org.grdplanner.projects.control;

final class ProjectLimits {

    static final int NAME = 200;
    static final int DESCRIPTION = 10_000;

    private ProjectLimits() {
    }
}
