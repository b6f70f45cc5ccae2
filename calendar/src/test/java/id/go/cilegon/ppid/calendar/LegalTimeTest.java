package id.go.cilegon.ppid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LegalTimeTest {

    @Test
    void zoneIsJakarta() {
        assertEquals(ZoneId.of("Asia/Jakarta"), LegalTime.ZONE);
    }

    @Test
    void wibIsUtcPlusSevenSoLateUtcEveningIsNextLegalDay() {
        // 17:00 UTC = 00:00 WIB the next day; a request filed online at 23:30 WIB belongs to that WIB day.
        assertEquals(LocalDate.of(2025, 3, 28), LegalTime.toLegalDate(Instant.parse("2025-03-27T17:00:00Z")));
        assertEquals(LocalDate.of(2025, 3, 27), LegalTime.toLegalDate(Instant.parse("2025-03-27T16:59:59Z")));
        assertEquals(LocalDate.of(2026, 1, 1), LegalTime.toLegalDate(Instant.parse("2025-12-31T17:00:00Z")));
    }
}
