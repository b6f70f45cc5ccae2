package id.go.cilegon.ppid.request.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service rides out a briefly unavailable database: the 503 hint to clients and the consumers' retries. */
@ConfigMapping(prefix = "ppid.resilience")
public interface ResilienceConfig {

    /** The Retry-After of a 503 answered while the database is unavailable or the pool is exhausted. */
    @WithDefault("2s")
    Duration retryAfter();

    /** Retries of a consumed event that failed on a transient infrastructure error. */
    ConsumerRetry consumerRetry();

    /** Exponential backoff, capped; the event is retried until it succeeds, never parked for a transient error. */
    interface ConsumerRetry {

        /** The wait after the first failure; doubled after each further one. */
        @WithDefault("200ms")
        Duration initialBackoff();

        /** The cap of the backoff; once reached, the event is retried at this pace for as long as it takes. */
        @WithDefault("10s")
        Duration maxBackoff();

        /** How long a channel may be retrying one event before the consumers health check reports it DOWN. */
        @WithDefault("30s")
        Duration reportAfter();
    }
}
