package id.go.cilegon.ppid.request;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A pool of two connections, so a test can exhaust it for real by holding them, and quick
 * consumer retries. The consumers read topics of their own, so this application never competes with
 * the default one for the shared topics' events.
 */
public class ConstrainedPoolProfile implements QuarkusTestProfile {

    /** Flyway needs two connections at start, so two it is; a test holds both to exhaust the pool. */
    static final int POOL_SIZE = 2;

    static final String ROUTING_TOPIC = "ppid.routing.events.v1.constrained-pool";
    static final String OPD_TOPIC = "ppid.opd.events.v1.constrained-pool";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.max-size", String.valueOf(POOL_SIZE)),
                Map.entry("quarkus.datasource.jdbc.min-size", "0"),
                Map.entry("quarkus.datasource.jdbc.acquisition-timeout", "1s"),
                Map.entry("ppid.resilience.retry-after", "3s"),
                Map.entry("ppid.consumer.retry.initial-backoff", "50ms"),
                Map.entry("ppid.consumer.retry.max-backoff", "200ms"),
                Map.entry("ppid.consumer.report-after", "0s"),
                // The relay still runs after every commit; it need not poll for the one connection as well.
                Map.entry("ppid.outbox.poll-interval", "1h"),
                Map.entry("mp.messaging.incoming.routing-events.topic", ROUTING_TOPIC),
                Map.entry("mp.messaging.incoming.routing-events.group.id", "request-service-constrained-pool"),
                Map.entry("mp.messaging.incoming.opd-events.topic", OPD_TOPIC),
                Map.entry("mp.messaging.incoming.opd-events.group.id", "request-service-constrained-pool"));
    }
}
