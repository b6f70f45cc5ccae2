package id.go.cilegon.ppid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

    @Test
    void cpuPerRequestIsTheCpuRateOverTheAcceptedRate() {
        // 10 s apart: request-service used 2 s of CPU (0.2 cores), postgres 1 s; 50 requests/s were accepted
        CpuMeter.Snapshot from =
                new CpuMeter.Snapshot(0, Map.of("request-service", 5.0, "postgres", 3.0, CpuMeter.MACHINE, 100.0));
        CpuMeter.Snapshot to = new CpuMeter.Snapshot(
                10_000_000_000L,
                Map.of("request-service", 7.0, "postgres", 4.0, "keycloak", 9.0, CpuMeter.MACHINE, 106.0));
        Map<String, Double> ms = CpuMeter.msPerRequest(from, to, 50);
        assertEquals(4.0, ms.get("request-service"), 1e-9);
        assertEquals(2.0, ms.get("postgres"), 1e-9);
        assertEquals(12.0, ms.get(CpuMeter.MACHINE), 1e-9);
        assertTrue(!ms.containsKey("keycloak"), "a part missing from the first snapshot has no figure");
        assertEquals("request-service 4.0, postgres 2.0", CpuMeter.breakdown(ms));
        assertEquals(6.0, CpuMeter.total(ms), 1e-9, "the parts, not the machine");
    }

    @Test
    void noFigureWithoutRequestsOrTime() {
        CpuMeter.Snapshot at = new CpuMeter.Snapshot(5, Map.of(CpuMeter.MACHINE, 1.0));
        assertTrue(CpuMeter.msPerRequest(at, at, 50).isEmpty());
        assertTrue(CpuMeter.msPerRequest(at, new CpuMeter.Snapshot(10, Map.of(CpuMeter.MACHINE, 2.0)), 0)
                .isEmpty());
    }

    @Test
    void readsThisProcessAndTheMachineFromProc() {
        long spin = System.nanoTime() + 300_000_000L;
        double x = 0;
        while (System.nanoTime() < spin) {
            x += Math.sqrt(x + 1);
        }
        assertTrue(x > 0);
        assertTrue(
                CpuMeter.processSeconds(List.of(ProcessHandle.current().pid())) > 0.1, "at least the 0.3 s just spent");
        assertTrue(CpuMeter.machineSeconds() > 0.1);
        assertEquals(0.0, CpuMeter.processSeconds(List.of(Long.MAX_VALUE)), "a process that is gone counts zero");
    }
}
