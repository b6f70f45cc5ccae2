package id.go.cilegon.ppid.index.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.cilegon.ppid.contracts.index.IndexBand;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.index.Period;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formula on hand-made measures: weights, reweighting, rounding and the Komisi Informasi bands. */
class IndexFormulaTest {

    private static PeriodMeasures measures(
            long received,
            long answered,
            long onTime,
            long overdue,
            long upheld,
            long periodicRequired,
            long periodicOnTime) {
        IndexMeasures m = new IndexMeasures(
                received,
                answered,
                onTime,
                answered - onTime,
                overdue,
                overdue,
                null,
                null,
                0,
                Map.of(),
                Map.of(),
                upheld,
                upheld,
                0,
                0,
                periodicRequired,
                periodicOnTime);
        return new PeriodMeasures(Period.year(2026), LocalDate.of(2026, 4, 20), m, 0, 0, 0, 0, 1);
    }

    @Test
    void bandsFollowTheRoundedScore() {
        IndexFormula onlyTimeliness = new IndexFormula(new IndexWeights(1, 0, 0, 0), 1);
        // 8999 of 10000 on time = 89.99: Menuju Informatif; 89995 of 100000 rounds to 90.00: Informatif.
        assertEquals(
                IndexBand.MENUJU_INFORMATIF,
                onlyTimeliness
                        .evaluate(measures(10000, 10000, 8999, 0, 0, 0, 0))
                        .band());
        IndexResult rounded = onlyTimeliness.evaluate(measures(100000, 100000, 89995, 0, 0, 0, 0));
        assertEquals(90.0, rounded.score());
        assertEquals(IndexBand.INFORMATIF, rounded.band());
        assertEquals(
                IndexBand.CUKUP_INFORMATIF,
                onlyTimeliness.evaluate(measures(10, 10, 6, 0, 0, 0, 0)).band());
        assertEquals(
                IndexBand.KURANG_INFORMATIF,
                onlyTimeliness.evaluate(measures(10, 10, 4, 0, 0, 0, 0)).band());
        assertEquals(
                IndexBand.TIDAK_INFORMATIF,
                onlyTimeliness.evaluate(measures(10, 10, 3, 0, 0, 0, 0)).band());
    }

    @Test
    void overdueRequestsCountAgainstTimelinessAndCompleteness() {
        IndexResult result = new IndexFormula(IndexWeights.defaults(), 1).evaluate(measures(10, 6, 6, 4, 0, 0, 0));
        // timeliness 60, completeness 60, objections 100: (2400 + 1200 + 1500) / 75 = 68
        assertEquals(68.0, result.score());
        assertEquals(IndexBand.CUKUP_INFORMATIF, result.band());
    }

    @Test
    void onlyProactiveDisclosureMayCarryTheScoreWhenNoRequestWasJudgedYet() {
        IndexResult result = new IndexFormula(IndexWeights.defaults(), 5).evaluate(measures(5, 0, 0, 0, 0, 4, 3));
        assertEquals(75.0, result.score());
        IndexResult none = new IndexFormula(IndexWeights.defaults(), 5).evaluate(measures(5, 0, 0, 0, 0, 0, 0));
        assertFalse(none.enoughData(), "no component has data");
        assertNull(none.score());
    }

    @Test
    void weightsMustBeUsable() {
        assertThrows(IllegalArgumentException.class, () -> new IndexWeights(-1, 20, 15, 25));
        assertThrows(IllegalArgumentException.class, () -> new IndexFormula(IndexWeights.defaults(), -1));
    }
}
