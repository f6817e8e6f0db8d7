package org.grdplanner.projects.control;

/** Fired before a project is deleted; an observer vetoes the deletion by throwing. */
public record ProjectRemoval(String projectId) {
}
