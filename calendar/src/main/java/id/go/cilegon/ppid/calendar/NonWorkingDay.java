package id.go.cilegon.ppid.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A day that does not count as a working day, with the reason and the holiday name if any.
 *
 * @param candidate true when the day is off only as a candidate of a provisional year (an applicant's window skips
 *                  it, a body's deadline does not): the decree may yet make it a working day
 */
public record NonWorkingDay(LocalDate date, NonWorkingReason reason, Optional<String> name, boolean candidate) {

    public NonWorkingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(name, "name");
        if (reason != NonWorkingReason.WEEKEND && name.isEmpty()) {
            throw new IllegalArgumentException(reason + " on " + date + " needs a name");
        }
    }
}
