package id.go.cilegon.ppid.index.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Produces the clock; "today" decides open, overdue, missed editions and the rolling window. */
@ApplicationScoped
public class ClockProducer {

    /** The system clock; tests replace it with an alternative bean to move time. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
