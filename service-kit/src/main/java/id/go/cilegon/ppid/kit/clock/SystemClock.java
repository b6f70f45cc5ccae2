package id.go.cilegon.ppid.kit.clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock of every service: the system's, in UTC. It is one of the two sources of legal time (the other is the
 * calendar followed on {@code ppid.calendar.v1}); the end-to-end build replaces it with {@link ControlledClock}, and
 * a test with any {@code Clock} bean of its own.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
