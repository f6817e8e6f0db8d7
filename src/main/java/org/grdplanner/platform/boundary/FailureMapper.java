package org.grdplanner.platform.boundary;

import jakarta.ejb.ConcurrentAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grdplanner.platform.control.Refusal;

@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof Refusal refusal) {
            return ErrorResponses.of(refusal);
        }
        if (cause instanceof ConcurrentAccessException) {
            return error(503, "SERVICE_UNAVAILABLE", "The server is busy with this project; try again in a moment.");
        }
        if (isUnreadableBody(cause)) {
            return error(400, "BAD_REQUEST", "The request body is missing or is not valid JSON of the expected shape.");
        }
        if (cause instanceof NotFoundException) {
            return error(404, "NOT_FOUND", "There is no API endpoint at " + requestPath() + ".");
        }
        if (cause instanceof NotAllowedException) {
            return error(405, "METHOD_NOT_ALLOWED", "This method is not allowed on " + requestPath() + ".");
        }
        if (cause instanceof NotSupportedException) {
            return error(415, "UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json.");
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return error(status, HttpCodes.codeOf(status), HttpCodes.sentenceOf(status));
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unhandled failure " + reference, failure);
        return error(500, "INTERNAL_ERROR", "The server failed to handle this request (reference " + reference + ").");
    }

    private String requestPath() {
        return uriInfo.getRequestUri().getPath();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof EJBException || current instanceof ProcessingException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isUnreadableBody(Throwable cause) {
        return cause instanceof BadRequestException || cause instanceof JsonbException
                || cause instanceof JsonException || cause instanceof ProcessingException;
    }

    private static Response error(int status, String code, String message) {
        return ErrorResponses.of(status, code, message, Map.of());
    }
}
