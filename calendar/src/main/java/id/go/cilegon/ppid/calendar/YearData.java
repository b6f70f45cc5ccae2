package id.go.cilegon.ppid.calendar;

import java.time.LocalDate;
import java.util.Map;

/** The parsed content of one {@code <year>.csv}. */
record YearData(YearSource source, Map<LocalDate, CalendarEntry> entries) {

    YearData {
        entries = Map.copyOf(entries);
    }

    int year() {
        return source.year();
    }
}
