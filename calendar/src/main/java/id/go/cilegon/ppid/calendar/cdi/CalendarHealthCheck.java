package id.go.cilegon.ppid.calendar.cdi;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.calendar.feed.PlatformCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The {@code calendar} check of {@code /q/health}: each year the service counts on, with its status and source, and
 * whether the calendar topic is followed. Always UP: a year without its decree is estimated, never a reason to take
 * the service out.
 */
@Readiness
@ApplicationScoped
public class CalendarHealthCheck implements HealthCheck {

    @Inject
    PlatformCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("calendar").up();
        calendar.healthData(LegalTime.toLegalDate(clock.instant())).forEach(response::withData);
        return response.build();
    }
}
