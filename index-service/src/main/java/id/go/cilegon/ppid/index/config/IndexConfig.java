package id.go.cilegon.ppid.index.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The index formula and the publishing schedule (see docs/index-method.md). */
@ConfigMapping(prefix = "ppid.index")
public interface IndexConfig {

    /** Component weights; any non-negative numbers, normalised over the components that have data. */
    Weights weights();

    /** Below this many requests (received minus withdrawn) in a period there is no score. */
    @WithDefault("5")
    long minimumRequests();

    /** Days of day-level counts kept for the rolling 90-day window. */
    @WithDefault("100")
    int retentionDays();

    /** How often every aggregate is re-evaluated against the date (overdue, missed editions, rolling window). */
    @WithDefault("10m")
    Duration reevaluateEvery();

    /**
     * A scope's index is published at most once per this interval: its first change after a quiet interval at once,
     * the changes that follow within it together at its end (a rebuild computes a busy scope a few times a second
     * instead of once per event).
     */
    @WithDefault("100ms")
    Duration publishEvery();

    /** Component weights. */
    interface Weights {
        @WithDefault("40")
        double timeliness();

        @WithDefault("20")
        double completeness();

        @WithDefault("15")
        double objections();

        @WithDefault("25")
        double proactiveDisclosure();
    }
}
