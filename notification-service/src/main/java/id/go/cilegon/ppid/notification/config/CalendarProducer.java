package id.go.cilegon.ppid.notification.config;

import id.go.cilegon.ppid.calendar.CalendarSettings;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Produces the working-day calendar and the clock, the two sources of legal time. */
@ApplicationScoped
public class CalendarProducer {

    private static final Logger LOG = Logger.getLogger(CalendarProducer.class);

    @Produces
    @ApplicationScoped
    WorkingDayCalendar calendar(
            @ConfigProperty(name = "ppid.calendar.data-dir") Optional<Path> dataDirectory,
            @ConfigProperty(name = "ppid.calendar.cuti-bersama-is-working-day", defaultValue = "false") boolean cutiBersama) {
        WorkingDayCalendar calendar = WorkingDayCalendar.create(new CalendarSettings(dataDirectory, cutiBersama));
        calendar.yearSources().forEach(year -> LOG.infof("Working-day calendar: %s", year.describe()));
        return calendar;
    }

    /** The system clock; tests replace it with an alternative bean to move time. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
