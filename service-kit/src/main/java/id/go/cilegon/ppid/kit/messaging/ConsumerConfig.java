package id.go.cilegon.ppid.kit.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service's consumers poll and ride out failures ({@link Inbox}); prefix {@code ppid.consumer}. */
@ConfigMapping(prefix = "ppid.consumer")
public interface ConsumerConfig {

    /** The most records of one poll, applied in one transaction ({@code max.poll.records} of batch channels). */
    @WithDefault("200")
    int batchSize();

    /** How long the broker may hold a fetch to fill it ({@code fetch.max.wait.ms} where a channel sets it). */
    @WithDefault("500")
    int fetchMaxWaitMs();

    /** Retries of a consumed event that failed on a transient infrastructure error: as long as it takes. */
    Retry retry();

    /**
     * How many times an event that fails on an unexpected error (not transient, not a broken rule) is tried before
     * it is parked with the exception's class and message.
     */
    @WithDefault("3")
    int maxAttempts();

    /** How long a channel may be retrying one event before the {@code consumers} wellness check reports it DOWN. */
    @WithDefault("30s")
    Duration reportAfter();

    /** Exponential backoff, capped. */
    interface Retry {

        /** The wait after the first failure; doubled after each further one. */
        @WithDefault("200ms")
        Duration initialBackoff();

        /** The cap of the backoff; once reached, the event is retried at this pace. */
        @WithDefault("10s")
        Duration maxBackoff();
    }
}
