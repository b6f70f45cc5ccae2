package id.go.cilegon.ppid.contracts.calendar;

import id.go.cilegon.ppid.contracts.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off of a calendar year.
 *
 * @param date the day
 * @param kind holiday or cuti bersama
 * @param name its name in Bahasa Indonesia, e.g. {@code Idul Fitri 1448 H}
 */
public record CalendarDay(LocalDate date, CalendarDayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Checks.text(name, "name", 300);
    }
}
