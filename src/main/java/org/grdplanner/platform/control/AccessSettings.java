package org.grdplanner.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class AccessSettings {

    @Inject
    @ConfigProperty(name = "grd.api.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "grd.bind")
    Optional<String> bind;

    @Inject
    @ConfigProperty(name = "grd.allowed.hosts")
    Optional<String> allowedHosts;

    public AccessPolicy policy() {
        return new AccessPolicy(token, bind, allowedHosts);
    }

    public void refuseAnOpenServer() {
        AccessPolicy.refuseAnOpenServer(bind, token);
    }
}
