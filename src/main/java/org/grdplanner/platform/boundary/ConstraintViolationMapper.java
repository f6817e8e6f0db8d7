package org.grdplanner.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Map;

@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(ConstraintViolationMapper::toResponse)
                .orElseGet(() -> ErrorResponses.of(400, "BAD_REQUEST", "The request is not valid.", Map.of()));
    }

    private static Response toResponse(ConstraintViolation<?> violation) {
        Path.Node leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node;
        }
        Map<String, Object> details = leaf != null && leaf.getKind() == ElementKind.PROPERTY
                ? Map.of("field", JsonNames.snakeCase(leaf.getName()))
                : Map.of();
        return ErrorResponses.of(400, "BAD_REQUEST", violation.getMessage(), details);
    }
}
