package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.cilegon.ppid.contracts.index.IndexBand;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.contracts.index.PeriodKind;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexBandTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "100, INFORMATIF",
        "90, INFORMATIF",
        "89.99, MENUJU_INFORMATIF",
        "80, MENUJU_INFORMATIF",
        "79.99, CUKUP_INFORMATIF",
        "60, CUKUP_INFORMATIF",
        "59.99, KURANG_INFORMATIF",
        "40, KURANG_INFORMATIF",
        "39.99, TIDAK_INFORMATIF",
        "0, TIDAK_INFORMATIF"
    })
    void bandsFollowTheKomisiInformasiScale(double score, IndexBand band) {
        assertEquals(band, IndexBand.of(score));
    }

    @Test
    void displayNames() {
        assertEquals("Menuju Informatif", IndexBand.MENUJU_INFORMATIF.displayName());
        assertEquals("Tidak Informatif", IndexBand.TIDAK_INFORMATIF.displayName());
    }

    @Test
    void notANumberHasNoBand() {
        assertThrows(IllegalArgumentException.class, () -> IndexBand.of(Double.NaN));
    }

    @Test
    void periodsAndTheirLabels() {
        assertEquals(new Period(PeriodKind.MONTH, "2026-11"), Period.month(YearMonth.of(2026, 11)));
        assertEquals(new Period(PeriodKind.YEAR, "2026"), Period.year(2026));
        assertEquals(new Period(PeriodKind.ROLLING_90_DAYS, "rolling-90d"), Period.rolling90Days());
        assertEquals(Period.month(YearMonth.of(2026, 1)), Period.ofLabel("2026-01"));
        assertEquals(Period.year(2026), Period.ofLabel("2026"));
        assertEquals(Period.rolling90Days(), Period.ofLabel("rolling-90d"));
        assertThrows(IllegalArgumentException.class, () -> Period.ofLabel("2026-13"));
        assertThrows(IllegalArgumentException.class, () -> new Period(PeriodKind.YEAR, "2026-11"));
    }
}
