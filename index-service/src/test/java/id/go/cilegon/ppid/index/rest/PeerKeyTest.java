package id.go.cilegon.ppid.index.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.index.config.PeersConfig.Scheme;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The instances' shared key: a configured one must be long enough, none (or a blank one, as {@code ${PPID_PEERS_KEY:}}
 * gives outside Kubernetes) means a random key of the instance's own, and a call counts as another instance's only
 * with exactly that key.
 */
class PeerKeyTest {

    private static final String KEY = "k".repeat(PeerForwarder.MINIMUM_KEY_LENGTH);

    @Test
    void aConfiguredKeyMustBeLongEnough() {
        assertEquals(KEY, PeerForwarder.key(Optional.of(" " + KEY + "\n")));
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> PeerForwarder.key(Optional.of("short")));
        assertTrue(e.getMessage().contains("ppid.peers.key"), e.getMessage());
    }

    @Test
    void withoutAKeyEachInstanceDrawsItsOwn() {
        String one = PeerForwarder.key(Optional.empty());
        String other = PeerForwarder.key(Optional.of("  "));
        assertTrue(one.length() >= PeerForwarder.MINIMUM_KEY_LENGTH, one);
        assertTrue(other.length() >= PeerForwarder.MINIMUM_KEY_LENGTH, other);
        assertNotEquals(one, other);
    }

    @Test
    void onlyTheKeyMakesACallAnotherInstances() {
        PeerForwarder peers = new PeerForwarder(Scheme.HTTP, Duration.ofSeconds(1), null, KEY);
        assertTrue(peers.fromPeer(showing(KEY)));
        assertFalse(peers.fromPeer(showing(null)));
        assertFalse(peers.fromPeer(showing("")));
        assertFalse(peers.fromPeer(showing(KEY + "x")));
        assertFalse(peers.fromPeer(showing(KEY.substring(1))));
        assertFalse(new PeerForwarder(Scheme.HTTP, Duration.ofSeconds(1), null).fromPeer(showing(KEY)));
    }

    /** Request headers with {@code key} as the instances' key (none when null). */
    private static HttpHeaders showing(String key) {
        return (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return PeerForwarder.PEER_KEY_HEADER.equalsIgnoreCase((String) args[0]) ? key : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
