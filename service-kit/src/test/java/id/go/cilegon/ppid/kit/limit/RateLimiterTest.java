package id.go.cilegon.ppid.kit.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-12-08T02:00:00Z");

    @Test
    void aKeyGetsItsLimitPerWindowAndLearnsWhenItMayActAgain() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), 1000);
        assertTrue(limiter.acquire("budi", T0).isEmpty());
        assertTrue(limiter.acquire("budi", T0.plusSeconds(10)).isEmpty());
        assertTrue(limiter.acquire("budi", T0.plusSeconds(20)).isEmpty());
        assertEquals(Optional.of(Duration.ofSeconds(30)), limiter.acquire("budi", T0.plusSeconds(30)));
        // Another key is not affected; a refused attempt was not counted.
        assertTrue(limiter.acquire("siti", T0.plusSeconds(30)).isEmpty());
        assertTrue(limiter.acquire("budi", T0.plusSeconds(61)).isEmpty());
        assertEquals(Optional.of(Duration.ofSeconds(9)), limiter.acquire("budi", T0.plusSeconds(61)));
    }

    @Test
    void idleKeysAreDroppedSoFreshKeysCannotFillTheMemory() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), 2);
        assertTrue(limiter.acquire("a", T0).isEmpty());
        assertTrue(limiter.acquire("b", T0).isEmpty());
        // The map is full; a minute later a and b are idle and make room, so c and a may act again.
        assertTrue(limiter.acquire("c", T0.plusSeconds(61)).isEmpty());
        assertTrue(limiter.acquire("a", T0.plusSeconds(61)).isEmpty());
    }
}
