package id.go.cilegon.ppid.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One holiday or cuti bersama day as listed in a calendar data file. */
public record CalendarEntry(LocalDate date, EntryKind kind, String name) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
