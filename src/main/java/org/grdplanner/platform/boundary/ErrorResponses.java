package org.grdplanner.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.platform.boundary.SharedJson;

final class ErrorResponses {

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

    static Response of(int status, String code, String message, Map<String, Object> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(code, message, details).toString())
                .build();
    }

    static JsonObject body(String code, String message, Map<String, Object> details) {
        JsonObjectBuilder body = SharedJson.createObjectBuilder().add("error", message).add("code", code);
        details.forEach((key, value) -> {
            if (value instanceof JsonValue json) {
                body.add(key, json);
            } else {
                body.add(key, String.valueOf(value));
            }
        });
        return body.build();
    }
}
