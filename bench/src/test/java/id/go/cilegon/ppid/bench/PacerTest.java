package id.go.cilegon.ppid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void sendsAreDueAtStartPlusIOverRateWhateverHappenedBefore() {
        Pacer pacer = new Pacer(1_000_000_000L, 200, 12_000);
        assertEquals(1_000_000_000L, pacer.intendedNanos(0));
        assertEquals(1_005_000_000L, pacer.intendedNanos(1));
        assertEquals(1_000_000_000L + 59_995_000_000L, pacer.intendedNanos(11_999));
    }

    @Test
    void countsTheSendsDueAtAGivenTime() {
        Pacer pacer = new Pacer(0, 200, 1000);
        assertEquals(0, pacer.dueBy(-1));
        assertEquals(1, pacer.dueBy(0));
        assertEquals(1, pacer.dueBy(4_999_999));
        assertEquals(2, pacer.dueBy(5_000_000));
        assertEquals(201, pacer.dueBy(1_000_000_000L));
        assertEquals(1000, pacer.dueBy(3_600_000_000_000L));
    }

    @Test
    void fractionalIntervalsDoNotDrift() {
        Pacer pacer = new Pacer(0, 3, 301);
        // 1/3 s does not divide a nanosecond grid: send 300 is still due at exactly 100 s
        assertEquals(100_000_000_000L, pacer.intendedNanos(300));
    }

    @Test
    void refusesANonPositiveRateAndSendsOutsideTheSchedule() {
        assertThrows(IllegalArgumentException.class, () -> new Pacer(0, 0, 10));
        Pacer pacer = new Pacer(0, 10, 10);
        assertThrows(IndexOutOfBoundsException.class, () -> pacer.intendedNanos(10));
    }
}
