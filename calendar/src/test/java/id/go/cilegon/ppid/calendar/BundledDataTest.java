package id.go.cilegon.ppid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled files must hold exactly the dates of DOMAIN.md, transcribed here by hand. */
class BundledDataTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    private static Set<LocalDate> dates(int year, int... monthDayPairs) {
        Set<LocalDate> set = new java.util.HashSet<>();
        for (int i = 0; i < monthDayPairs.length; i += 2) {
            set.add(LocalDate.of(year, monthDayPairs[i], monthDayPairs[i + 1]));
        }
        return set;
    }

    private Set<LocalDate> listed(int year, EntryKind kind) {
        return calendar.entries(year).stream()
                .filter(e -> e.kind() == kind)
                .map(CalendarEntry::date)
                .collect(Collectors.toSet());
    }

    @Test
    void holidays2025MatchSkb() {
        assertEquals(
                dates(
                        2025, 1, 1, 1, 27, 1, 29, 3, 29, 3, 31, 4, 1, 4, 18, 4, 20, 5, 1, 5, 12, 5, 29, 6, 1, 6, 6, 6,
                        27, 8, 17, 9, 5, 12, 25),
                listed(2025, EntryKind.HOLIDAY));
    }

    @Test
    void cutiBersama2025MatchSkbIncluding18August() {
        assertEquals(
                dates(2025, 1, 28, 3, 28, 4, 2, 4, 3, 4, 4, 4, 7, 5, 13, 5, 30, 6, 9, 8, 18, 12, 26),
                listed(2025, EntryKind.CUTI_BERSAMA));
    }

    @Test
    void holidays2026MatchSkb() {
        assertEquals(
                dates(
                        2026, 1, 1, 1, 16, 2, 17, 3, 19, 3, 21, 3, 22, 4, 3, 4, 5, 5, 1, 5, 14, 5, 27, 5, 31, 6, 1, 6,
                        16, 8, 17, 8, 25, 12, 25),
                listed(2026, EntryKind.HOLIDAY));
    }

    @Test
    void cutiBersama2026MatchSkb() {
        assertEquals(
                dates(2026, 2, 16, 3, 18, 3, 20, 3, 23, 3, 24, 5, 15, 5, 28, 12, 24),
                listed(2026, EntryKind.CUTI_BERSAMA));
    }

    @Test
    void namesAreIndonesian() {
        assertEquals("Idul Fitri 1446 H", name(LocalDate.of(2025, 3, 31)));
        assertEquals("Wafat Yesus Kristus", name(LocalDate.of(2025, 4, 18)));
        assertEquals("Kebangkitan Yesus Kristus (Paskah)", name(LocalDate.of(2025, 4, 20)));
        assertEquals("Kenaikan Yesus Kristus", name(LocalDate.of(2025, 5, 29)));
        assertEquals("Hari Raya Waisak 2569 BE", name(LocalDate.of(2025, 5, 12)));
        assertEquals("Idul Adha 1446 H", name(LocalDate.of(2025, 6, 6)));
        assertEquals("Tahun Baru Islam 1447 H", name(LocalDate.of(2025, 6, 27)));
        assertEquals("Maulid Nabi Muhammad SAW", name(LocalDate.of(2025, 9, 5)));
        assertEquals("Isra Mikraj Nabi Muhammad SAW", name(LocalDate.of(2026, 1, 16)));
        assertEquals("Tahun Baru Imlek 2577 Kongzili", name(LocalDate.of(2026, 2, 17)));
        assertEquals("Hari Suci Nyepi Tahun Baru Saka 1948", name(LocalDate.of(2026, 3, 19)));
        assertEquals("Idul Fitri 1447 H", name(LocalDate.of(2026, 3, 21)));
        assertEquals("Hari Raya Waisak 2570 BE", name(LocalDate.of(2026, 5, 31)));
        assertEquals("Hari Kemerdekaan Republik Indonesia", name(LocalDate.of(2026, 8, 17)));
        assertEquals("Hari Raya Natal", name(LocalDate.of(2026, 12, 25)));
    }

    private String name(LocalDate date) {
        return calendar.entries(date.getYear()).stream()
                .filter(e -> e.date().equals(date))
                .findFirst()
                .orElseThrow()
                .name();
    }

    @Test
    void sourcesAreReported() {
        List<YearSource> sources = calendar.yearSources();
        assertEquals(
                List.of(2025, 2026, 2027),
                sources.stream().map(YearSource::year).toList());
        YearSource y2025 = sources.get(0);
        assertEquals(YearSource.Origin.BUNDLED, y2025.origin());
        assertEquals("classpath:/id/go/cilegon/ppid/calendar/2025.csv", y2025.location());
        assertTrue(y2025.legalSource().contains("1017/2024"), y2025.legalSource());
        assertTrue(y2025.legalSource().contains("933/2025"), y2025.legalSource());
        assertEquals("2025.2", y2025.version());
        assertEquals(17, y2025.holidays());
        assertEquals(11, y2025.cutiBersama());
        YearSource y2026 = sources.get(1);
        assertTrue(y2026.legalSource().contains("1497/2025"), y2026.legalSource());
        assertEquals("2026.1", y2026.version());
        assertEquals(17, y2026.holidays());
        assertEquals(8, y2026.cutiBersama());
        assertTrue(y2026.describe().startsWith("2026: OFFICIAL BUNDLED classpath:"), y2026.describe());
        assertEquals(YearStatus.OFFICIAL, y2026.status());
        // DOMAIN.md's 2027 list is unverified: shipped as candidates, never as the official year.
        YearSource y2027 = sources.get(2);
        assertEquals(YearStatus.PROVISIONAL, y2027.status());
        assertEquals("2027.0-candidates", y2027.version());
        assertTrue(y2027.candidates() > 20, y2027.describe());
    }

    /*
     * Hand count. 2025 starts on Wednesday and has 365 days: 52 weeks + 1 Wednesday = 261 weekdays.
     * Holidays on a weekend: 29 Mar (Sat), 20 Apr (Sun), 1 Jun (Sun), 17 Aug (Sun) -> 17 - 4 = 13 on weekdays.
     * All 11 cuti bersama are weekdays. 261 - 13 - 11 = 237; with cuti bersama working: 248.
     * 2026 starts on Thursday: 261 weekdays. Weekend holidays: 21 Mar (Sat), 22 Mar, 5 Apr, 31 May (Sun)
     * -> 13 on weekdays; all 8 cuti bersama are weekdays. 261 - 13 - 8 = 240; with cuti working: 248.
     */
    @Test
    void workingDaysPerYear() {
        assertEquals(
                237, calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31), Side.BODY));
        assertEquals(
                240, calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31), Side.BODY));
        WorkingDayCalendar cutiWorking =
                WorkingDayCalendar.create(CalendarSettings.defaults().withCutiBersamaIsWorkingDay(true));
        assertEquals(
                248, cutiWorking.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31), Side.BODY));
        assertEquals(
                248, cutiWorking.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31), Side.BODY));
    }
}
