package org.grdplanner.platform.boundary;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Tells when the container thread that dispatched an API request has left it. Jersey flushes an SSE event sink
 * from that thread after the resource method returns; a sink written and closed from another thread meanwhile can
 * be closed between two of that flush's events, and the client gets an empty response ("Response is closed").
 * A stream that starts once the dispatch has ended is its sink's only writer.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class DispatchEnd implements Filter {

    private static final String ATTRIBUTE = DispatchEnd.class.getName();

    @SuppressWarnings("unchecked")
    public static CompletionStage<Void> of(ServletRequest request) {
        Object end = request.getAttribute(ATTRIBUTE);
        if (end == null) {
            throw new IllegalStateException(DispatchEnd.class.getSimpleName() + " does not filter "
                    + ((HttpServletRequest) request).getRequestURI());
        }
        return (CompletionStage<Void>) end;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CompletableFuture<Void> end = new CompletableFuture<>();
        request.setAttribute(ATTRIBUTE, end);
        try {
            chain.doFilter(request, response);
        } finally {
            end.complete(null);
        }
    }
}
