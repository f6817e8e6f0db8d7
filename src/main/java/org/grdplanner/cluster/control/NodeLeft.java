package org.grdplanner.cluster.control;

/** A node of the cluster is gone: stopped, killed or cut off. What it ran has ended with it. */
public record NodeLeft(String nodeId) {
}
