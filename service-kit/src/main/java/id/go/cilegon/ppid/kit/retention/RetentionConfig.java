package id.go.cilegon.ppid.kit.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** How often old rows are deleted, in what batches, and how long the processed-event log is kept. */
@ConfigMapping(prefix = "ppid.retention")
public interface RetentionConfig {

    /** How often the job runs; the first run is one interval after the start. */
    @WithDefault("1h")
    Duration every();

    /** The most rows one statement deletes. */
    @WithDefault("5000")
    int batchSize();

    /**
     * How long a processed event id is kept: longer than any consumer can be away and read the event again (Kafka
     * keeps a group's committed offsets 7 days, {@code offsets.retention.minutes}); an event older than this that comes
     * again is still recognised by the per-request sequence numbers.
     */
    @WithDefault("30d")
    Duration processedEvents();

    /**
     * The horizon of a service's own rule, by table ({@code ppid.retention.horizons.<table>}), instead of the
     * default the service gives it.
     */
    Map<String, Duration> horizons();
}
