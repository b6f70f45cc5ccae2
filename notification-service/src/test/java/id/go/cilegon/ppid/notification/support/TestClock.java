package id.go.cilegon.ppid.notification.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests set and move, so deadlines pass without waiting. It exists only in test
 * sources: the production build has no way to change time.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private volatile Instant now = Instant.now();

    /** Sets the time to {@code dateTime} in WIB. */
    public void setWib(LocalDateTime dateTime) {
        now = dateTime.atZone(WIB).toInstant();
    }

    /** Sets the time to 09:00 WIB on {@code date}, office hours. */
    public void officeHours(java.time.LocalDate date) {
        setWib(date.atTime(9, 0));
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
