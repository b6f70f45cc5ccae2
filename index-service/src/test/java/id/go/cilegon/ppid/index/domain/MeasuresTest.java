package id.go.cilegon.ppid.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Periodic editions and percentiles, without Kafka. */
class MeasuresTest {

    private static PeriodicEntry monthly(LocalDate registered) {
        PeriodicEntry entry = new PeriodicEntry();
        entry.intervalMonths = 1;
        entry.registeredDate = registered;
        return entry;
    }

    @Test
    void reportedEditionsCountByTheirDueDateAndGapsAreMissed() {
        PeriodicEntry entry = monthly(LocalDate.of(2026, 1, 1));
        entry.publications.put(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 30));
        // Nothing for 1 March: the next reported edition is due 1 April and was late.
        entry.publications.put(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3));
        List<PeriodicEntry.Edition> editions = entry.editions(LocalDate.of(2026, 5, 15));
        assertEquals(
                List.of(
                        new PeriodicEntry.Edition(LocalDate.of(2026, 2, 1), true),
                        new PeriodicEntry.Edition(LocalDate.of(2026, 3, 1), false),
                        new PeriodicEntry.Edition(LocalDate.of(2026, 4, 1), false),
                        new PeriodicEntry.Edition(LocalDate.of(2026, 5, 1), false)),
                editions);
    }

    @Test
    void anEditionDueTodayIsNotMissedYetAndNoneAfterWithdrawal() {
        PeriodicEntry entry = monthly(LocalDate.of(2026, 1, 15));
        assertEquals(0, entry.editions(LocalDate.of(2026, 2, 15)).size(), "due today: not missed yet");
        assertEquals(1, entry.editions(LocalDate.of(2026, 2, 16)).size());
        entry.withdrawnDate = LocalDate.of(2026, 3, 1);
        assertEquals(1, entry.editions(LocalDate.of(2026, 9, 1)).size(), "only the February edition was owed");
    }

    @Test
    void aSixMonthlyScheduleFollowsTheReportedDueDates() {
        PeriodicEntry entry = new PeriodicEntry();
        entry.intervalMonths = 6;
        entry.registeredDate = LocalDate.of(2025, 3, 10);
        entry.publications.put(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 28));
        List<PeriodicEntry.Edition> editions = entry.editions(LocalDate.of(2026, 4, 1));
        // 30 June (on time), then expected 30 December: missed; 30 June 2026 is not due yet.
        assertEquals(
                List.of(
                        new PeriodicEntry.Edition(LocalDate.of(2025, 6, 30), true),
                        new PeriodicEntry.Edition(LocalDate.of(2025, 12, 30), false)),
                editions);
    }

    @Test
    void entriesWithoutAKnownIntervalOweNothing() {
        PeriodicEntry entry = new PeriodicEntry();
        entry.publications.put(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1));
        assertEquals(0, entry.editions(LocalDate.of(2026, 5, 1)).size());
    }

    @Test
    void percentilesUseNearestRankAndTheMeanOfTheMiddlePair() {
        assertNull(MeasureCalculator.percentile(Map.of(), 0.5));
        TreeMap<Integer, Long> oneToTen = new TreeMap<>();
        for (int d = 1; d <= 10; d++) {
            oneToTen.put(d, 1L);
        }
        assertEquals(5.5, MeasureCalculator.percentile(oneToTen, 0.5));
        assertEquals(9.0, MeasureCalculator.percentile(oneToTen, 0.9));
        TreeMap<Integer, Long> skewed = new TreeMap<>(Map.of(2, 7L, 10, 2L, 30, 1L));
        assertEquals(2.0, MeasureCalculator.percentile(skewed, 0.5));
        assertEquals(10.0, MeasureCalculator.percentile(skewed, 0.9));
    }
}
