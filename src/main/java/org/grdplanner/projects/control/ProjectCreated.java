package org.grdplanner.projects.control;

/** Fired inside the transaction that creates a project; observe after success to act on the stored project. */
public record ProjectCreated(String projectId, boolean autoInit) {
}
