package id.go.cilegon.ppid.calendar;

import java.util.Collection;
import java.util.stream.Collectors;

/** A computation needed a year for which no holiday data is loaded; we refuse to guess. */
public class MissingCalendarDataException extends RuntimeException {

    private final int year;

    MissingCalendarDataException(int year, Collection<Integer> loadedYears, boolean dataDirectoryConfigured) {
        super("No working-day calendar data for " + year + " (loaded years: "
                + loadedYears.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))
                + "). Deadlines are not computed without the official holiday list. To fix: write "
                + year + ".csv (lines 'yyyy-MM-dd,HOLIDAY|CUTI_BERSAMA,name' plus '# source:' and '# version:' "
                + "headers, from the SKB for " + year + ") into the calendar data directory"
                + (dataDirectoryConfigured ? "" : " (none is configured: set CalendarSettings.dataDirectory)")
                + " and restart or re-create the calendar; see calendar/README.md.");
        this.year = year;
    }

    /** The year that has no data. */
    public int year() {
        return year;
    }
}
