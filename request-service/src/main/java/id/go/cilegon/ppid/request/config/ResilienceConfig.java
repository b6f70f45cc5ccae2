package id.go.cilegon.ppid.request.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the REST API rides out a briefly unavailable database: the 503 hint to clients. (The consumers' retries are the
 * service kit's {@code ppid.consumer.*}.)
 */
@ConfigMapping(prefix = "ppid.resilience")
public interface ResilienceConfig {

    /** The Retry-After of a 503 answered while the database is unavailable or the pool is exhausted. */
    @WithDefault("2s")
    Duration retryAfter();
}
