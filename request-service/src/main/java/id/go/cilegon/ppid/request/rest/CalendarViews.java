package id.go.cilegon.ppid.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.cilegon.ppid.calendar.CalendarEntry;
import id.go.cilegon.ppid.calendar.feed.PlatformCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The calendar as the API shows it. */
public final class CalendarViews {

    private CalendarViews() {}

    /**
     * One year: {@code OFFICIAL} (the signed decree) or {@code PROVISIONAL} (an estimate; dates counted through it are
     * estimates), where its list comes from ({@code BUNDLED}, {@code DATA_DIRECTORY}, {@code PUBLISHED} on the
     * calendar topic, or {@code ESTIMATED} without any list) and its revision on the topic (0: not published).
     */
    public record Year(int year, String status, String origin, String legalSource, String version, long revision) {
        static Year of(PlatformCalendar.YearLine line) {
            return new Year(
                    line.year(), line.status(), line.origin(), line.legalSource(), line.version(), line.revision());
        }
    }

    /** A day off; {@code candidate}: only a provisional year's estimate, which the decree may not confirm. */
    public record Day(LocalDate date, String kind, String name, boolean candidate) {
        static Day of(CalendarEntry entry, boolean candidate) {
            return new Day(entry.date(), entry.kind().name(), entry.name(), candidate);
        }
    }

    /**
     * A year with its days. After an upload: the warnings of the list, the revision and whether the upload made it
     * ({@code created} false: it was already in force).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record YearDays(
            Year year,
            List<Day> days,
            List<String> warnings,
            Long storedRevision,
            String storedOrigin,
            Instant publishedAt,
            boolean created) {}
}
