package id.go.cilegon.ppid.kit.messaging;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The {@code consumers} check of {@code /q/health/well}: DOWN while a channel has been retrying one event
 * on transient failures for longer than {@code ppid.consumer.report-after}, with the last
 * error. A wellness check, not a probe: a database outage must not make Kubernetes restart the pods (which
 * cures nothing) or take intake out of service (which answers 503 by itself meanwhile).
 */
@Wellness
@ApplicationScoped
public class ConsumersHealthCheck implements HealthCheck {

    @Inject
    ConsumerRetries retries;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("consumers").up();
        Instant now = Instant.now();
        retries.retrying().forEach((channel, state) -> {
            response.withData(
                    channel,
                    "retrying since " + state.since() + ", " + state.attempts() + " failed attempts, last: "
                            + state.lastError());
            if (Duration.between(state.since(), now).compareTo(retries.reportAfter()) >= 0) {
                response.down();
            }
        });
        return response.build();
    }
}
