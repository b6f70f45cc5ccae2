package id.go.cilegon.ppid.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A port held by another program is seen before anything starts, with the program named. */
class PortsTest {

    @Test
    void aListeningPortIsNotFreeAndItsHolderIsNamed() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = other.getLocalPort();
            assertFalse(Ports.isFree(port));
            Optional<String> holder = Ports.holder(port);
            assertEquals(Optional.of("pid " + ProcessHandle.current().pid() + ": java"), holder);
        }
    }

    @Test
    void aClosedPortIsFree() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        assertTrue(Ports.isFree(port));
    }
}
