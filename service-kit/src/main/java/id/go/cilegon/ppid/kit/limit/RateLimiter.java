package id.go.cilegon.ppid.kit.limit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key in any {@code window} (a sliding window): one replica's memory, no shared
 * state, so with n replicas behind a load balancer a caller gets up to n times the limit. Good enough to stop a burst
 * from one account or one address; a ceiling that must hold exactly belongs in the database.
 *
 * <p>Keys idle for a window are dropped once the map holds {@code maxKeys}, so a flood of fresh keys cannot exhaust
 * the memory.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Map<String, ArrayDeque<Instant>> recent = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, int maxKeys) {
        if (limit < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("limit and maxKeys must be 1 or more and the window positive");
        }
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /**
     * Counts an event of {@code key} at {@code now} if the key is under its limit.
     *
     * @return empty when counted; otherwise how long until the key may act again (nothing is counted)
     */
    public Optional<Duration> acquire(String key, Instant now) {
        if (recent.size() >= maxKeys) {
            recent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || !times.peekLast().isAfter(now.minus(window));
                }
            });
        }
        ArrayDeque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>(limit));
        synchronized (times) {
            Instant horizon = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return Optional.of(Duration.between(horizon, times.peekFirst()));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }
}
