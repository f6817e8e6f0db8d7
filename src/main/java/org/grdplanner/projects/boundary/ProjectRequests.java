package org.grdplanner.projects.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.Set;
import org.grdplanner.platform.boundary.JsonFields;
import org.grdplanner.platform.boundary.JsonNames;
import org.grdplanner.projects.control.NewProject;
import org.grdplanner.projects.control.ProjectPatch;

@ApplicationScoped
public class ProjectRequests {

    private final Validator validator;

    @Inject
    public ProjectRequests(Validator validator) {
        this.validator = validator;
    }

    protected ProjectRequests() {
        this(null);
    }

    public NewProject draft(JsonObject json) {
        JsonFields.requireOnly(json, NewProject.FIELDS, "a new project's");
        NewProject draft = new NewProject();
        draft.name = JsonFields.optionalText(json, "name");
        draft.description = JsonFields.optionalText(json, "description");
        draft.localPath = JsonFields.optionalText(json, "local_path");
        draft.autoInit = JsonFields.flag(json, "auto_init");
        refuse(validator.validate(draft));
        return draft;
    }

    /** Only the fields a patch gives are validated: the others keep their values. */
    public ProjectPatch patch(JsonObject json) {
        JsonFields.requireOnly(json, ProjectPatch.FIELDS, "a project's changeable");
        ProjectPatch patch = new ProjectPatch().given(json.keySet());
        patch.name = JsonFields.optionalText(json, "name");
        patch.description = JsonFields.optionalText(json, "description");
        patch.localPath = JsonFields.optionalText(json, "local_path");
        patch.grdInitStatus = JsonFields.optionalText(json, "grd_init_status");
        Set<ConstraintViolation<ProjectPatch>> violations = new HashSet<>();
        json.keySet().forEach(field -> violations.addAll(validator.validateProperty(patch, JsonNames.camelCase(field))));
        refuse(violations);
        return patch;
    }

    private static <T> void refuse(Set<ConstraintViolation<T>> violations) {
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
