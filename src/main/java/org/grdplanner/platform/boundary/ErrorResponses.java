package org.grdplanner.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.grdplanner.platform.control.Refusal;

/** The API's one error shape: {@code {"error": "...", "code": "...", ...details}}. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(Refusal refusal) {
        return of(status(refusal.reason()), refusal.reason().name(), refusal.getMessage(), refusal.details());
    }

    private static int status(Refusal.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> 404;
            case BAD_REQUEST -> 400;
            case CONFLICT -> 409;
            case TOO_MANY_SESSIONS -> 429;
        };
    }

    public static Response of(int status, String code, String message, Map<String, Object> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(code, message, details))
                .build();
    }

    static String body(String code, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("code", code);
        body.putAll(details);
        return JsonbConfiguration.jsonb().toJson(body);
    }
}
