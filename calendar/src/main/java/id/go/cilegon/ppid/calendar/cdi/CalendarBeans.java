package id.go.cilegon.ppid.calendar.cdi;

import id.go.cilegon.ppid.calendar.CalendarSettings;
import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.feed.PlatformCalendar;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's calendar in a Quarkus service that counts working days: {@link PlatformCalendar} (the bundled years,
 * then {@code ppid.topics.calendar} followed) and its {@link LiveCalendar}, started with the application and closed
 * with it, and the gauge {@code ppid_calendar_year_official{relative="current"|"next"}} (1 official, 0 provisional)
 * behind the alert that a decree is missing. The service provides a {@link Clock} bean and the Kafka client settings
 * ({@code default-kafka-broker}), and opts in by indexing this jar ({@code quarkus.index-dependency.calendar.*}).
 * Settings: {@code ppid.calendar.data-dir}, {@code ppid.calendar.cuti-bersama-is-working-day},
 * {@code ppid.calendar.catch-up}, {@code ppid.topics.calendar}.
 */
@ApplicationScoped
public class CalendarBeans {

    @Produces
    @ApplicationScoped
    PlatformCalendar platformCalendar(
            @ConfigProperty(name = "ppid.calendar.data-dir") Optional<Path> dataDirectory,
            @ConfigProperty(name = "ppid.calendar.cuti-bersama-is-working-day", defaultValue = "false")
                    boolean cutiBersama,
            @ConfigProperty(name = "ppid.calendar.catch-up", defaultValue = "10s") Duration catchUp,
            @ConfigProperty(name = "ppid.topics.calendar", defaultValue = "ppid.calendar.v1") String topic,
            @ConfigProperty(name = "quarkus.application.name") String service,
            @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        return PlatformCalendar.start(
                new CalendarSettings(dataDirectory, cutiBersama), kafka, topic, service + "-calendar", catchUp);
    }

    void close(@Disposes PlatformCalendar calendar) {
        calendar.close();
    }

    @Produces
    @ApplicationScoped
    LiveCalendar liveCalendar(PlatformCalendar calendar) {
        return calendar.live();
    }

    /** With the application, not at the first date counted: the service starts counting on the published years. */
    void start(
            @Observes @Initialized(ApplicationScoped.class) Object started,
            PlatformCalendar calendar,
            MeterRegistry metrics,
            Clock clock) {
        // The parameter is a client proxy: this first call creates the calendar, so its wait for the topic (at most
        // ppid.calendar.catch-up) is spent starting, never in a request or a readiness probe.
        calendar.live();
        for (int yearsAhead = 0; yearsAhead <= 1; yearsAhead++) {
            int ahead = yearsAhead;
            Gauge.builder(
                            "ppid.calendar.year.official",
                            calendar,
                            c -> c.official(LegalTime.toLegalDate(clock.instant()), ahead) ? 1 : 0)
                    .tag("relative", ahead == 0 ? "current" : "next")
                    .description("1 when this (or next) year counts on its signed decree, 0 while it is an estimate")
                    .register(metrics);
        }
    }
}
