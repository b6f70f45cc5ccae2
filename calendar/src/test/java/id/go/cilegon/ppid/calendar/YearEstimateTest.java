package id.go.cilegon.ppid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The estimate of a year against the decrees we hold: had 2025 and 2026 been estimated, every day the decree made
 * a holiday or cuti bersama must have been a certain or candidate day off (the applicant's window is never too
 * short), and every certain day must be in the decree (the body's deadline is never too late).
 */
class YearEstimateTest {

    private final WorkingDayCalendar official = WorkingDayCalendar.standard();

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void theDecreeIsInsideTheEstimate(int year) {
        YearEstimate estimate = YearEstimate.of(year);
        Set<LocalDate> decree = new HashSet<>();
        official.entries(year).forEach(e -> decree.add(e.date()));
        for (LocalDate day : decree) {
            assertTrue(
                    estimate.certain().containsKey(day) || estimate.candidates().containsKey(day),
                    day + " of the " + year + " decree is neither certain nor a candidate");
        }
        for (LocalDate day : estimate.certain().keySet()) {
            assertTrue(decree.contains(day), day + " is certain but not in the " + year + " decree");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void anEstimatedYearGivesTheBodyNoLaterAndTheApplicantNoEarlierDates(int year) {
        WorkingDayCalendar estimated = official.withoutYear(year);
        assertEquals(YearStatus.PROVISIONAL, estimated.status(year));
        for (LocalDate start = LocalDate.of(year, 1, 1); start.getYear() == year; start = start.plusDays(1)) {
            for (int n : new int[] {7, 10, 14, 30}) {
                LocalDate truth = official.addWorkingDays(start, n, Side.BODY);
                if (truth.getYear() != year) {
                    continue;
                }
                assertFalse(estimated.addWorkingDays(start, n, Side.BODY).isAfter(truth), start + " + " + n);
                assertFalse(estimated.addWorkingDays(start, n, Side.APPLICANT).isBefore(truth), start + " + " + n);
            }
        }
    }

    @Test
    void domainCandidatesOf2027AreInTheEstimate() {
        YearEstimate estimate = YearEstimate.of(2027);
        // DOMAIN.md's 2027 transcription, first readings: every one is certain or a candidate of the method.
        List<LocalDate> listed = List.of(
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 5),
                LocalDate.of(2027, 2, 6),
                LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 10),
                LocalDate.of(2027, 3, 11),
                LocalDate.of(2027, 3, 26),
                LocalDate.of(2027, 3, 28),
                LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 6),
                LocalDate.of(2027, 5, 20),
                LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 8, 17),
                LocalDate.of(2027, 12, 25),
                LocalDate.of(2027, 3, 9),
                LocalDate.of(2027, 3, 12),
                LocalDate.of(2027, 3, 15),
                LocalDate.of(2027, 3, 16),
                LocalDate.of(2027, 3, 25),
                LocalDate.of(2027, 5, 7),
                LocalDate.of(2027, 12, 24));
        for (LocalDate day : listed) {
            assertTrue(
                    estimate.certain().containsKey(day) || estimate.candidates().containsKey(day), day.toString());
        }
        Map<LocalDate, CalendarEntry> certain = estimate.certain();
        assertEquals(9, certain.size(), certain.toString());
        assertEquals(
                "Tahun Baru Imlek 2578 Kongzili",
                certain.get(LocalDate.of(2027, 2, 6)).name());
    }

    @Test
    void anyYearCanBeEstimated() {
        for (int year = 1900; year <= 2300; year++) {
            YearEstimate estimate = YearEstimate.of(year);
            assertTrue(estimate.certain().containsKey(LocalDate.of(year, 12, 25)), "year " + year);
            assertTrue(
                    estimate.candidates().keySet().stream().noneMatch(estimate.certain()::containsKey), "year " + year);
        }
    }
}
