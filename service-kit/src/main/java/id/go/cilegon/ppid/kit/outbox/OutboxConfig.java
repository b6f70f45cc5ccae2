package id.go.cilegon.ppid.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of the relay that ships outbox rows to Kafka. */
@ConfigMapping(prefix = "ppid.outbox")
public interface OutboxConfig {

    /** How often the relay looks for rows when no commit woke it up. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Rows shipped per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long a batch may wait for the broker before it is given back and retried. */
    @WithDefault("10s")
    Duration sendTimeout();

    /**
     * Tries of a row the producer refuses for itself (too large, not serializable, an invalid topic) before it is
     * moved to the quarantine; a broker that is down is never the row's fault and is waited out.
     */
    @WithDefault("3")
    int maxAttempts();
}
