package id.go.cilegon.ppid.index;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the topology tests set and move. */
public final class MutableClock extends Clock {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private volatile Instant now;

    public MutableClock(LocalDate todayWib) {
        setToday(todayWib);
    }

    /** Noon in WIB on {@code date}. */
    public void setToday(LocalDate date) {
        now = LocalDateTime.of(date, java.time.LocalTime.NOON).atZone(WIB).toInstant();
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
