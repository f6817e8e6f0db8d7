package org.grdplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.grdplanner.platform.control.AccessPolicy;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private final AccessPolicy open = new AccessPolicy(Optional.empty(), Optional.of("127.0.0.1"), Optional.empty());
    private final AccessPolicy guarded = new AccessPolicy(Optional.of("s3cret"), Optional.of("0.0.0.0"),
            Optional.of("planner.example, 10.0.0.5"));

    private static Optional<Integer> status(AccessPolicy policy, String method, String host, String origin,
                                            String site, String authorization) {
        return policy.check(method, host, origin, site, authorization).map(AccessPolicy.Denial::status);
    }

    @Test
    void loopbackHostsArePlainlyAllowed() {
        assertEquals(Optional.empty(), status(open, "GET", "127.0.0.1:20000", null, null, null));
        assertEquals(Optional.empty(), status(open, "POST", "localhost:20000", "http://localhost:20000", "same-origin", null));
        assertEquals(Optional.empty(), status(open, "GET", "[::1]:20000", null, null, null));
    }

    @Test
    void aForeignHostIsRefusedWhateverTheMethod() {
        assertEquals(Optional.of(403), status(open, "GET", "attacker.example:20000", null, null, null));
        assertEquals(Optional.of(403), status(open, "GET", null, null, null, null));
        assertEquals(Optional.empty(), status(guarded, "GET", "planner.example", null, null, "Bearer s3cret"));
    }

    @Test
    void aCrossOriginChangeIsRefused() {
        assertEquals(Optional.of(403), status(open, "POST", "127.0.0.1:20000", "http://evil.example", null, null));
        assertEquals(Optional.of(403), status(open, "DELETE", "127.0.0.1:20000", "http://127.0.0.1:8080", null, null));
        assertEquals(Optional.of(403), status(open, "POST", "127.0.0.1:20000", null, "cross-site", null));
        assertEquals(Optional.of(403), status(open, "PATCH", "127.0.0.1:20000", "null", null, null));
        assertEquals(Optional.empty(), status(open, "GET", "127.0.0.1:20000", "http://evil.example", null, null));
    }

    @Test
    void theTokenIsRequiredWhenConfigured() {
        assertEquals(Optional.of(401), status(guarded, "GET", "127.0.0.1", null, null, null));
        assertEquals(Optional.of(401), status(guarded, "GET", "127.0.0.1", null, null, "Bearer wrong"));
        assertEquals(Optional.of(401), status(guarded, "GET", "127.0.0.1", null, null, "Basic s3cret"));
        assertEquals(Optional.empty(), status(guarded, "GET", "127.0.0.1", null, null, "Bearer s3cret"));
        assertEquals(Optional.empty(), status(guarded, "GET", "10.0.0.5:20000", null, null, "bearer s3cret"));
    }

    @Test
    void onlyLoopbackCountsAsLoopback() {
        assertTrue(AccessPolicy.isLoopback("127.0.0.1"));
        assertTrue(AccessPolicy.isLoopback(null));
        assertFalse(AccessPolicy.isLoopback("0.0.0.0"));
        assertFalse(AccessPolicy.isLoopback("192.168.1.4"));
    }

    @Test
    void aServerBeyondLoopbackNeedsAToken() {
        AccessPolicy.refuseAnOpenServer(Optional.empty(), Optional.empty());
        AccessPolicy.refuseAnOpenServer(Optional.of("127.0.0.1"), Optional.empty());
        AccessPolicy.refuseAnOpenServer(Optional.of("0.0.0.0"), Optional.of("s3cret"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> AccessPolicy.refuseAnOpenServer(Optional.of("0.0.0.0"), Optional.of(" ")));
        assertEquals("GRD_BIND is 0.0.0.0, beyond loopback, but GRD_API_TOKEN is not set; refusing to start. "
                + "Set GRD_API_TOKEN, or bind to 127.0.0.1.", refused.getMessage());
    }
}
