package id.go.cilegon.ppid.routing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests set and move, so event times are predictable. It exists only in test
 * sources: the production build has no way to change time.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private volatile Instant now = Instant.now();

    /** Sets the time to {@code dateTime} in WIB. */
    public void setWib(LocalDateTime dateTime) {
        now = dateTime.atZone(WIB).toInstant();
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
