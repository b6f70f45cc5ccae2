package id.go.cilegon.ppid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesInMillisecondsFromNanos() {
        Latencies l = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            l.recordNanos(ms * 1_000_000L);
        }
        assertEquals(100, l.count());
        assertEquals(50.0, l.percentileMillis(50), 0.1);
        assertEquals(99.0, l.percentileMillis(99), 0.1);
        assertEquals(100.0, l.maxMillis(), 0.1);
    }

    @Test
    void emptyDistributionHasNoPercentiles() {
        Latencies l = new Latencies();
        assertTrue(Double.isNaN(l.percentileMillis(99)));
        assertEquals(null, l.summary().get("p99_ms"));
    }
}
