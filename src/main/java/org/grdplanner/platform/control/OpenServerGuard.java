package org.grdplanner.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Runs before anything else starts: a server open to the network without a token must not come up. */
@Startup
@Singleton
public class OpenServerGuard {

    @Inject
    AccessSettings access;

    @PostConstruct
    void check() {
        access.refuseAnOpenServer();
    }
}
