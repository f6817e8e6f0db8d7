package org.grdplanner.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * The application refuses what it was asked: the thing is not there, the input breaks a rule, the state forbids it,
 * or every session slot is taken. The boundary turns each reason into its HTTP status and the API's error JSON.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    public enum Reason {
        NOT_FOUND, BAD_REQUEST, CONFLICT, TOO_MANY_SESSIONS
    }

    private final Reason reason;
    private final Map<String, Object> details;

    public Refusal(Reason reason, String message, Map<String, Object> details) {
        super(message);
        this.reason = reason;
        this.details = Map.copyOf(details);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Reason.NOT_FOUND, message, Map.of());
    }

    public static Refusal badRequest(String message) {
        return new Refusal(Reason.BAD_REQUEST, message, Map.of());
    }

    public static Refusal invalidField(String field, String message) {
        return new Refusal(Reason.BAD_REQUEST, message, Map.of("field", field));
    }

    public static Refusal conflict(String message, Map<String, Object> details) {
        return new Refusal(Reason.CONFLICT, message, details);
    }

    public static Refusal tooManySessions(String message) {
        return new Refusal(Reason.TOO_MANY_SESSIONS, message, Map.of());
    }

    public Reason reason() {
        return reason;
    }

    public Map<String, Object> details() {
        return details;
    }
}
