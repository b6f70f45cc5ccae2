package id.go.cilegon.ppid.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Why {@link WorkingDayCalendar#addWorkingDays} gave its result: the days it skipped and texts for a notice.
 *
 * @param start             the day the count starts after (never counted itself)
 * @param workingDays       the number of working days added
 * @param side              whose period it is, which decides how a provisional year's candidate days count
 * @param result            the deadline
 * @param skipped           every non-working day strictly between {@code start} and {@code result}, in order
 * @param sources           the data of each year the computation looked at, so a notice can cite its data version
 * @param provisionalYears  the years counted through without a loaded decree: if any, {@code result} is an estimate
 * @param indonesian        e.g. "10 hari kerja setelah Jumat, 28 Maret 2025: melewati 29 Mar (Sabtu, ...), ... → jatuh
 *                          tempo Selasa, 22 April 2025", followed by the estimate's caveat when provisional
 * @param english           the same in English; holiday names stay in Bahasa Indonesia as they are proper names
 */
public record Explanation(
        LocalDate start,
        int workingDays,
        Side side,
        LocalDate result,
        List<NonWorkingDay> skipped,
        List<YearSource> sources,
        List<Integer> provisionalYears,
        String indonesian,
        String english) {

    public Explanation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(result, "result");
        skipped = List.copyOf(skipped);
        sources = List.copyOf(sources);
        provisionalYears = List.copyOf(provisionalYears);
        Objects.requireNonNull(indonesian, "indonesian");
        Objects.requireNonNull(english, "english");
    }

    /** Whether {@code result} is an estimate that a year's decree may still move. */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }
}
