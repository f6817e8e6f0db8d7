package org.grdplanner.projects.control;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

@Target({FIELD, PARAMETER, METHOD, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = UsableDirectoryValidator.class)
public @interface UsableDirectory {

    String message() default "local_path must be an absolute path to an existing directory";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
