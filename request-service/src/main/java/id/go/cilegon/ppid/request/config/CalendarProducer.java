package id.go.cilegon.ppid.request.config;

import id.go.cilegon.ppid.calendar.CalendarSettings;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Produces the working-day calendar and the clock, the two sources of legal time. */
@ApplicationScoped
public class CalendarProducer {

    @Produces
    @ApplicationScoped
    WorkingDayCalendar calendar(
            @ConfigProperty(name = "ppid.calendar.data-dir") Optional<Path> dataDirectory,
            @ConfigProperty(name = "ppid.calendar.cuti-bersama-is-working-day", defaultValue = "false") boolean cutiBersama) {
        return WorkingDayCalendar.create(new CalendarSettings(dataDirectory, cutiBersama));
    }

    /** The system clock; tests replace it with an alternative bean to move time. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
