package org.grdplanner.testing;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/** Payara Micro may report a non-loopback interface as its host; tests only ever talk to 127.0.0.1. */
public final class Loopback {

    private Loopback() {
    }

    public static URI application(URL deployed) {
        return uri(deployed.getPort(), deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/");
    }

    public static URI server(URL deployed) {
        return uri(deployed.getPort(), "/");
    }

    private static URI uri(int port, String path) {
        try {
            return new URI("http", null, "127.0.0.1", port, path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
