package id.go.cilegon.ppid.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The single place where an instant becomes a legal date: Asia/Jakarta (WIB, UTC+7), where Kota Cilegon is. */
public final class LegalTime {

    /** Legal time zone of the platform. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private LegalTime() {}

    /** The calendar date in WIB on which {@code instant} falls, e.g. 2025-03-27T17:00:00Z is 2025-03-28. */
    public static LocalDate toLegalDate(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return LocalDate.ofInstant(instant, ZONE);
    }
}
