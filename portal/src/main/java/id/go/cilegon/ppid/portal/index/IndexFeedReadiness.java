package id.go.cilegon.ppid.portal.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the index topics were read to where they ended at start: no pod serves an empty dashboard. */
@Readiness
@ApplicationScoped
public class IndexFeedReadiness implements HealthCheck {

    @Inject
    IndexFeed feed;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("index-topics").status(feed.caughtUp()).build();
    }
}
