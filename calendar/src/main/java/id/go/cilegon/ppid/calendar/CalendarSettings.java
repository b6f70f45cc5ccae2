package id.go.cilegon.ppid.calendar;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build a {@link WorkingDayCalendar}.
 *
 * @param dataDirectory            optional directory of {@code <year>.csv} files that add years or replace
 *                                 bundled years entirely; read once when the calendar is created
 * @param cutiBersamaIsWorkingDay  whether cuti bersama days count as working days; the law does not settle
 *                                 this, and civil servants are off on those days, so the default is {@code false}
 */
public record CalendarSettings(Optional<Path> dataDirectory, boolean cutiBersamaIsWorkingDay) {

    public CalendarSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
    }

    /** Bundled data only, cuti bersama are not working days. */
    public static CalendarSettings defaults() {
        return new CalendarSettings(Optional.empty(), false);
    }

    public CalendarSettings withDataDirectory(Path directory) {
        return new CalendarSettings(Optional.of(directory), cutiBersamaIsWorkingDay);
    }

    public CalendarSettings withCutiBersamaIsWorkingDay(boolean value) {
        return new CalendarSettings(dataDirectory, value);
    }
}
