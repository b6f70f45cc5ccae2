package id.go.cilegon.ppid.kit.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicAddressesTest {

    private static InetAddress ip(String literal) {
        return PublicAddresses.literal(literal).orElseThrow();
    }

    @Test
    void internalNetworksAreRefused() {
        PublicAddresses addresses = PublicAddresses.only();
        for (String internal : List.of(
                "127.0.0.1",
                "127.255.0.9",
                "0.0.0.0",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.254",
                "192.168.1.10",
                "100.64.0.1",
                "169.254.169.254",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "::",
                "[::1]",
                "::ffff:127.0.0.1",
                "::ffff:169.254.169.254",
                "64:ff9b::a9fe:a9fe",
                "2002:a9fe:a9fe::1",
                "fd00::1",
                "fe80::1",
                "ff02::1")) {
            assertFalse(addresses.permits(ip(internal)), internal);
        }
    }

    @Test
    void publicAddressesArePermitted() {
        PublicAddresses addresses = PublicAddresses.only();
        for (String outside : List.of("103.10.20.30", "8.8.8.8", "172.32.0.1", "172.15.255.255", "2400:cb00::1")) {
            assertTrue(addresses.permits(ip(outside)), outside);
        }
    }

    @Test
    void operatorsMayAllowAnInternalNetworkAndDenyAPublicOne() {
        PublicAddresses addresses = new PublicAddresses(List.of("127.0.0.0/8"), List.of("103.10.20.0/24"));
        assertTrue(addresses.permits(ip("127.0.0.1")));
        assertFalse(addresses.permits(ip("10.0.0.1")));
        assertFalse(addresses.permits(ip("103.10.20.30")));
        assertTrue(addresses.permits(ip("103.10.21.30")));
        assertThrows(IllegalArgumentException.class, () -> new PublicAddresses(List.of("intranet"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PublicAddresses(List.of("10.0.0.0/33"), List.of()));
    }

    @Test
    void onlyLiteralsAreReadWithoutDns() {
        assertEquals(Optional.empty(), PublicAddresses.literal("hooks.dlh.cilegon.go.id"));
        assertEquals(Optional.empty(), PublicAddresses.literal("localhost"));
        assertEquals(ip("10.0.0.1"), PublicAddresses.literal("10.0.0.1").orElseThrow());
    }
}
