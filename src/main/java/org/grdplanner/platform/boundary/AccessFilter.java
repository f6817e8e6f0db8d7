package org.grdplanner.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.grdplanner.platform.control.AccessPolicy;
import org.grdplanner.platform.control.AccessSettings;

@Provider
@PreMatching
public class AccessFilter implements ContainerRequestFilter {

    @Inject
    AccessSettings settings;

    private AccessPolicy policy;

    @PostConstruct
    void createPolicy() {
        policy = settings.policy();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        policy.check(request.getMethod(), request.getHeaderString(HttpHeaders.HOST),
                        request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"),
                        request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .ifPresent(refusal -> {
                    var response = ErrorResponses.of(refusal.status(), refusal.code(), refusal.message(), Map.of());
                    if (refusal.status() == 401) {
                        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                    }
                    request.abortWith(response);
                });
    }
}
