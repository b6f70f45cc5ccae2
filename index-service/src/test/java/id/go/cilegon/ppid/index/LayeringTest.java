package id.go.cilegon.ppid.index;

import id.go.cilegon.ppid.testing.Layering;
import org.junit.jupiter.api.Test;

class LayeringTest {

    @Test
    void theDomainAndTheServicesTakeCommandsNotRestBodies() {
        Layering.assertServicesDoNotImportRest("id.go.cilegon.ppid.index");
    }
}
