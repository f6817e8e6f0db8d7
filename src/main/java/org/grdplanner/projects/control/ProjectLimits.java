package org.grdplanner.projects.control;

public final class ProjectLimits {

    public static final int NAME = 200;
    public static final int DESCRIPTION = 10_000;

    private ProjectLimits() {
    }
}
