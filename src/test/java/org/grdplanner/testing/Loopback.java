package org.grdplanner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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

    /** A port nothing listens on at the moment, for a server the test starts. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI uri(int port, String path) {
        try {
            return new URI("http", null, "127.0.0.1", port, path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
