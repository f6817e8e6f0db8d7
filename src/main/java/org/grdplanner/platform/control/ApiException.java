package org.grdplanner.platform.control;

import jakarta.ejb.ApplicationException;
import jakarta.ws.rs.core.Response.Status;
import java.util.Map;

@ApplicationException(rollback = true)
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> details;

    public ApiException(int status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public static ApiException notFound(String message) {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "NOT_FOUND", message, Map.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Status.BAD_REQUEST.getStatusCode(), "BAD_REQUEST", message, Map.of());
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(Status.BAD_REQUEST.getStatusCode(), "BAD_REQUEST", message, Map.of("field", field));
    }

    public static ApiException conflict(String message, Map<String, Object> details) {
        return new ApiException(Status.CONFLICT.getStatusCode(), "CONFLICT", message, details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
