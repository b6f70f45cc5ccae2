package id.go.cilegon.ppid.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marker survives a restart item by item, and says "complete" only once everything was done. */
class DemoMarkerTest {

    @TempDir
    Path state;

    @Test
    void progressIsReadBackByTheNextStart() throws Exception {
        DemoMarker first = DemoMarker.load(state);
        assertFalse(first.complete());
        assertEquals(Optional.empty(), first.requestId("jalan-anyer"));
        UUID id = UUID.fromString("0b7a9e55-3c41-4d2e-8f1a-9c6b5e4d3a22");
        first.filed("jalan-anyer", id);
        first.stepDone("jalan-anyer", 1);

        DemoMarker next = DemoMarker.load(state);
        assertEquals(Optional.of(id), next.requestId("jalan-anyer"));
        assertEquals(1, next.stepsDone("jalan-anyer"));
        assertEquals(0, next.stepsDone("udara-ciwandan"));
        assertFalse(next.complete());

        next.markComplete();
        assertTrue(DemoMarker.load(state).complete());
        assertFalse(Files.exists(state.resolve(DemoMarker.FILE + ".tmp")), "written atomically through a temp file");
        String text = Files.readString(state.resolve(DemoMarker.FILE));
        assertTrue(text.indexOf("complete=true") < text.indexOf("request.jalan-anyer.id"), "sorted:\n" + text);
    }
}
