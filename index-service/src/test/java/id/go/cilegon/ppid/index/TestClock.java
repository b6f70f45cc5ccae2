package id.go.cilegon.ppid.index;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the service under test: 20 April 2026, noon WIB, unless a test moves it. It exists only in test
 * sources: the production build has no way to change time.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    /** The day the tests live on. */
    public static final LocalDateTime START = LocalDateTime.of(2026, 4, 20, 12, 0);

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private volatile Instant now = START.atZone(WIB).toInstant();

    public void setWib(LocalDateTime dateTime) {
        now = dateTime.atZone(WIB).toInstant();
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
