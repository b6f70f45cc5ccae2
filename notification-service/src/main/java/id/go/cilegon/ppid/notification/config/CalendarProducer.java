package id.go.cilegon.ppid.notification.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the clock, one of the two sources of legal time; the other, the platform's calendar followed on
 * {@code ppid.calendar.v1}, comes from {@code calendar}'s beans ({@code id.go.cilegon.ppid.calendar.cdi}).
 */
@ApplicationScoped
public class CalendarProducer {

    /** The system clock; tests replace it with an alternative bean to move time. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
