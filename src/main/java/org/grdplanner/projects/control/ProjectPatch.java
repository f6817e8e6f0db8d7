package org.grdplanner.projects.control;

import java.util.Optional;

/** What to change in a project: null leaves a field as it is; an empty description clears it. */
public record ProjectPatch(String name, Optional<String> description, String localPath) {

    public boolean isEmpty() {
        return name == null && description == null && localPath == null;
    }
}
