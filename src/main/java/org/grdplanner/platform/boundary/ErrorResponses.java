package org.grdplanner.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.grdplanner.platform.control.ApiException;
import org.grdplanner.platform.control.SharedJson;

final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(ApiException e) {
        return of(e.status(), e.code(), e.getMessage(), e.details());
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
