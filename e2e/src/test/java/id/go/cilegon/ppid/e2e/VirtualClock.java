package id.go.cilegon.ppid.e2e;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.kit.clock.FileClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Moves the platform's time: writes the file every service's controlled clock ({@code FileClock}) reads. */
final class VirtualClock {

    private final Path file;
    private volatile Duration offset = Duration.ZERO;

    VirtualClock(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Sets the platform's time to {@code time} in WIB (legal time). */
    void setWib(LocalDateTime time) {
        Instant virtual = time.atZone(LegalTime.ZONE).toInstant();
        FileClock.set(file, virtual);
        offset = Duration.between(Instant.now(), virtual);
        System.out.printf("[e2e] clock set to %s WIB%n", time);
    }

    /** Sets the platform's time to {@code date} at {@code time} WIB. */
    void set(LocalDate date, LocalTime time) {
        setWib(date.atTime(time));
    }

    /** The platform's current instant. */
    Instant now() {
        return Instant.now().plus(offset);
    }

    /** The platform's current legal date. */
    LocalDate today() {
        return LegalTime.toLegalDate(now());
    }
}
