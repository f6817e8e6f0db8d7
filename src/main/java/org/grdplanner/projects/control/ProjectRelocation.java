package org.grdplanner.projects.control;

/** Fired before a project moves to another checkout; an observer vetoes the move by throwing. */
public record ProjectRelocation(String projectId) {
}
