package id.go.cilegon.ppid.request.config;

import id.go.cilegon.ppid.kit.retention.RetentionRule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;

/** What request-service deletes besides the processed-event log (service-kit's retention job). */
@Dependent
public class RetentionRules {

    /**
     * An idempotency key answers a client's retry of the same submission (minutes, at most days later); after
     * {@code ppid.retention.horizons.idempotency_key} (30 days) the same key files a new request.
     */
    @Produces
    @Dependent
    RetentionRule idempotencyKeys() {
        return new RetentionRule("idempotency_key", "created_at", Duration.ofDays(30), null);
    }
}
