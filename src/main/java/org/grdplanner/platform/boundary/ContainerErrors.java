package org.grdplanner.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The error page for what the container refuses itself (an encoded slash in a path is a 404 before JAX-RS sees
 * it): an API path gets the API's JSON error instead of the container's HTML report, any other path plain text.
 */
@WebServlet("/container-error")
public class ContainerErrors extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code : HttpServletResponse.SC_NOT_FOUND;
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri : request.getRequestURI();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(ErrorResponses.body(HttpCodes.codeOf(status), HttpCodes.sentenceOf(status),
                    Map.of()));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(status + " " + HttpCodes.sentenceOf(status) + "\n");
        }
    }
}
