package id.go.cilegon.ppid.notification.config;

import id.go.cilegon.ppid.kit.retention.RetentionRule;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;

/** What notification-service deletes besides the processed-event log (service-kit's retention job). */
@Dependent
public class RetentionRules {

    /**
     * A message sent or skipped is kept for the request's page and the year's report, then deleted after
     * {@code ppid.retention.horizons.notification} (400 days); a failed one stays until an operator retried it.
     */
    @Produces
    @Dependent
    RetentionRule finishedNotifications() {
        return new RetentionRule("notification", "created_at", Duration.ofDays(400), "status in ('SENT', 'SKIPPED')");
    }
}
