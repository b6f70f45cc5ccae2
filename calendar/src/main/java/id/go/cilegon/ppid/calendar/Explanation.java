package id.go.cilegon.ppid.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Why {@link WorkingDayCalendar#addWorkingDays} gave its result: the days it skipped and texts for a notice.
 *
 * @param start       the day the count starts after (never counted itself)
 * @param workingDays the number of working days added
 * @param result      the deadline
 * @param skipped     every non-working day strictly between {@code start} and {@code result}, in order
 * @param sources     the data of each year the computation looked at, so a notice can cite its data version
 * @param indonesian  e.g. "10 hari kerja setelah Jumat, 28 Maret 2025: melewati 29 Mar (Sabtu, ...), ... → jatuh tempo Selasa, 22 April 2025"
 * @param english     the same in English; holiday names stay in Bahasa Indonesia as they are proper names
 */
public record Explanation(
        LocalDate start,
        int workingDays,
        LocalDate result,
        List<NonWorkingDay> skipped,
        List<YearSource> sources,
        String indonesian,
        String english) {

    public Explanation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(result, "result");
        skipped = List.copyOf(skipped);
        sources = List.copyOf(sources);
        Objects.requireNonNull(indonesian, "indonesian");
        Objects.requireNonNull(english, "english");
    }
}
