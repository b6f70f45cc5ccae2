package id.go.cilegon.ppid.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A day that does not count as a working day, with the reason and the holiday name if any. */
public record NonWorkingDay(LocalDate date, NonWorkingReason reason, Optional<String> name) {

    public NonWorkingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(name, "name");
        if (reason != NonWorkingReason.WEEKEND && name.isEmpty()) {
            throw new IllegalArgumentException(reason + " on " + date + " needs a name");
        }
    }
}
