package org.grdplanner.projects.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.grdplanner.platform.boundary.JsonNames;
import org.grdplanner.platform.boundary.JsonFields;
import org.grdplanner.platform.control.ApiException;
import org.grdplanner.projects.control.ProjectPatch;

@ApplicationScoped
public class ProjectPatchReader {

    private final Validator validator;

    @Inject
    public ProjectPatchReader(Validator validator) {
        this.validator = validator;
    }

    protected ProjectPatchReader() {
        this(null);
    }

    public ProjectPatch read(JsonObject json) {
        Set<String> unknown = new TreeSet<>(json.keySet());
        unknown.removeAll(ProjectPatch.FIELDS);
        if (!unknown.isEmpty()) {
            throw ApiException.invalidField(unknown.iterator().next(), "Cannot change " + String.join(", ", unknown)
                    + "; a project's changeable fields are " + String.join(", ", new TreeSet<>(ProjectPatch.FIELDS)) + ".");
        }
        ProjectPatch patch = new ProjectPatch().given(json.keySet());
        patch.name = JsonFields.optionalText(json, "name");
        patch.description = JsonFields.optionalText(json, "description");
        patch.localPath = JsonFields.optionalText(json, "local_path");
        patch.grdInitStatus = JsonFields.optionalText(json, "grd_init_status");
        Set<ConstraintViolation<ProjectPatch>> violations = new HashSet<>();
        json.keySet().forEach(field -> violations.addAll(validator.validateProperty(patch, JsonNames.camelCase(field))));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patch;
    }
}
