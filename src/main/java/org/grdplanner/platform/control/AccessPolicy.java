package org.grdplanner.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may call the API. The server starts programs on its machine, so a request must name this server as its
 * Host (a DNS-rebound page names another), a state-changing request from a browser must come from this
 * server's own pages, and with a token configured every request must carry it.
 */
public final class AccessPolicy {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Optional<byte[]> tokenDigest;
    private final Set<String> hosts;

    public AccessPolicy(Optional<String> token, Optional<String> bind, Optional<String> allowedHosts) {
        this.tokenDigest = token.filter(t -> !t.isBlank()).map(AccessPolicy::digest);
        this.hosts = Stream.concat(Stream.concat(LOOPBACK.stream(), bind.stream()),
                        allowedHosts.stream().flatMap(list -> Stream.of(list.split(","))))
                .map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty() && !host.equals("0.0.0.0") && !host.equals("::"))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static boolean isLoopback(String address) {
        return address == null || address.isBlank() || LOOPBACK.contains(address.strip())
                || address.strip().startsWith("127.");
    }

    /** Listening beyond loopback without a token would let anyone on the network start programs here. */
    public static void refuseAnOpenServer(Optional<String> bind, Optional<String> token) {
        if (!isLoopback(bind.orElse(null)) && token.filter(t -> !t.isBlank()).isEmpty()) {
            throw new IllegalStateException("GRD_BIND is " + bind.get() + ", beyond loopback, but GRD_API_TOKEN is "
                    + "not set; refusing to start. Set GRD_API_TOKEN, or bind to 127.0.0.1.");
        }
    }

    /** The reason to refuse the request, or empty when it may proceed. */
    public Optional<Denial> check(String method, String host, String origin, String fetchSite, String authorization) {
        String hostName = hostName(host);
        if (!hosts.contains(hostName)) {
            return Optional.of(new Denial(403, "FORBIDDEN", "Host '" + (host == null ? "" : host)
                    + "' is not this server; add it to GRD_ALLOWED_HOSTS if it should be."));
        }
        if (!SAFE_METHODS.contains(method) && isCrossOrigin(host, origin, fetchSite)) {
            return Optional.of(new Denial(403, "FORBIDDEN",
                    "Requests from other origins may not change anything here."));
        }
        if (tokenDigest.isPresent() && !hasToken(authorization)) {
            return Optional.of(new Denial(401, "UNAUTHORIZED",
                    "This server needs its API token: send Authorization: Bearer <token>."));
        }
        return Optional.empty();
    }

    public record Denial(int status, String code, String message) {
    }

    private boolean hasToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(tokenDigest.get(), digest(authorization.substring(7).strip()));
    }

    private static boolean isCrossOrigin(String host, String origin, String fetchSite) {
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        if (origin == null) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            String authority = uri.getAuthority();
            return authority == null || !authority.equalsIgnoreCase(host);
        } catch (URISyntaxException e) {
            return true;
        }
    }

    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String value = host.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end > 0 ? value.substring(0, end + 1) : value;
        }
        int colon = value.lastIndexOf(':');
        return colon > 0 && value.indexOf(':') == colon ? value.substring(0, colon) : value;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
