package id.go.cilegon.ppid.contracts.calendar;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.EventPayload;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One year of the platform's working-day calendar (compacted topic, key = the year): the days off of its signed decree
 * or, until the decree is loaded, a list of candidates. Every service that counts working days reads the topic at
 * start and follows it, so the whole platform counts on one calendar, changed at run time.
 *
 * @param year        the calendar year, also the Kafka key
 * @param status      official (the signed decree) or provisional (candidates)
 * @param legalSource the decree (SKB numbers and date), or where an unverified list comes from
 * @param version     the list's own version, e.g. {@code 2027.1}
 * @param revision    the publication number of this year, increasing with every upload; a reader keeps the highest
 * @param days        the days off, one per date, in date order
 * @param publishedAt when this revision was published
 */
public record CalendarYearPublished(
        int year,
        CalendarYearStatus status,
        String legalSource,
        String version,
        long revision,
        List<CalendarDay> days,
        Instant publishedAt)
        implements EventPayload {

    public CalendarYearPublished {
        Checks.check(year >= 1900 && year <= 2999, "year must be between 1900 and 2999, got " + year);
        Objects.requireNonNull(status, "status");
        Checks.text(legalSource, "legalSource", 2000);
        Checks.text(version, "version", 100);
        Checks.check(revision >= 1, "revision must be 1 or more, got " + revision);
        days = Checks.list(days, "days");
        Checks.check(!days.isEmpty(), "days must list at least one day");
        Set<java.time.LocalDate> seen = new HashSet<>();
        for (CalendarDay day : days) {
            Checks.check(day.date().getYear() == year, "day " + day.date() + " is outside the year " + year);
            Checks.check(seen.add(day.date()), "day " + day.date() + " is listed twice");
        }
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    @Override
    public String key() {
        return Integer.toString(year);
    }
}
