package id.go.cilegon.ppid.contracts.common;

import id.go.cilegon.ppid.contracts.Checks;
import java.util.List;

/**
 * Which dates of an event are estimates: counted through a year whose holiday decree (SKB) is not loaded yet. A public
 * body's deadline is then its earliest plausible date, an applicant's window its latest; request-service corrects them
 * when the year is confirmed. Absent (null) when every date of the event is final.
 *
 * @param dates the names of the event's date fields that are estimates, e.g. {@code dueDate}
 * @param years the years without a loaded decree those dates are counted through, ascending
 */
public record ProvisionalDates(List<String> dates, List<Integer> years) {

    public ProvisionalDates {
        dates = Checks.nonEmptyUniqueList(dates, "dates");
        years = Checks.nonEmptyUniqueList(years, "years");
        for (Integer year : years) {
            Checks.check(year >= 1900 && year <= 2999, "years must be calendar years, got " + year);
        }
    }

    /** Rejects a date name that is not one of the event's date fields {@code fields}; null passes. */
    public static ProvisionalDates among(ProvisionalDates provisional, String... fields) {
        if (provisional != null) {
            List<String> allowed = List.of(fields);
            for (String date : provisional.dates()) {
                Checks.check(allowed.contains(date), "provisional date '" + date + "' is none of " + allowed);
            }
        }
        return provisional;
    }
}
