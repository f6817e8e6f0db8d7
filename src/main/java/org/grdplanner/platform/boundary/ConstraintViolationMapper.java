package org.grdplanner.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request whose fields break several constraints is answered with all of them in {@code errors}, so that a form
 * can mark every wrong field at once; {@code error} and {@code field} name the first, as every other 400 does.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem> problems = exception.getConstraintViolations().stream()
                .map(Problem::of)
                .sorted(Comparator.comparing(Problem::path).thenComparing(Problem::message))
                .toList();
        if (problems.isEmpty()) {
            return ErrorResponses.of(400, "BAD_REQUEST", "The request is not valid.", Map.of());
        }
        Problem first = problems.get(0);
        Map<String, Object> details = new LinkedHashMap<>();
        first.field().ifPresent(field -> details.put("field", field));
        details.put("errors", problems.stream().map(Problem::toJson).toList());
        return ErrorResponses.of(400, "BAD_REQUEST", first.message(), details);
    }

    private record Problem(String path, Optional<String> field, String message) {

        static Problem of(ConstraintViolation<?> violation) {
            Path.Node leaf = null;
            for (Path.Node node : violation.getPropertyPath()) {
                leaf = node;
            }
            Optional<String> field = leaf != null && leaf.getKind() == ElementKind.PROPERTY
                    ? Optional.of(JsonNames.snakeCase(leaf.getName()))
                    : Optional.empty();
            return new Problem(violation.getPropertyPath().toString(), field, violation.getMessage());
        }

        Map<String, String> toJson() {
            Map<String, String> json = new LinkedHashMap<>();
            field.ifPresent(name -> json.put("field", name));
            json.put("error", message);
            return json;
        }
    }
}
