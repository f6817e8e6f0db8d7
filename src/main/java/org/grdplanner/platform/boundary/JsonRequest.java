package org.grdplanner.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record the API reads from a request body by {@link JsonRequestReader}. {@code value} says whose fields they are
 * in the refusal of an unknown one, as in "a resize's".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonRequest {

    String value();
}
