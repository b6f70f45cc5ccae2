package id.go.cilegon.ppid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Explanation texts, written out by hand from the DOMAIN.md lists. */
class ExplanationTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

    @Test
    void saturdayBeforeImlekInBothLanguages() {
        Explanation e = calendar.explainAddWorkingDays(LocalDate.of(2025, 1, 25), 1, Side.BODY);
        assertEquals(LocalDate.of(2025, 1, 30), e.result());
        assertEquals(
                "1 hari kerja setelah Sabtu, 25 Januari 2025: melewati 26 Jan (Minggu), "
                        + "27 Jan (Senin, Isra Mikraj Nabi Muhammad SAW), "
                        + "28 Jan (Selasa, Cuti Bersama Tahun Baru Imlek 2576 Kongzili), "
                        + "29 Jan (Rabu, Tahun Baru Imlek 2576 Kongzili) → jatuh tempo Kamis, 30 Januari 2025",
                e.indonesian());
        assertEquals(
                "1 working day after Saturday, 25 January 2025: skipping 26 Jan (Sunday), "
                        + "27 Jan (Monday, Isra Mikraj Nabi Muhammad SAW), "
                        + "28 Jan (Tuesday, Cuti Bersama Tahun Baru Imlek 2576 Kongzili), "
                        + "29 Jan (Wednesday, Tahun Baru Imlek 2576 Kongzili) → due Thursday, 30 January 2025",
                e.english());
    }

    @Test
    void idulFitri2025SkippedDaysWithReasons() {
        Explanation e = calendar.explainAddWorkingDays(LocalDate.of(2025, 3, 28), 10, Side.BODY);
        assertEquals(LocalDate.of(2025, 3, 28), e.start());
        assertEquals(10, e.workingDays());
        assertEquals(LocalDate.of(2025, 4, 22), e.result());
        String nyepi = "Hari Suci Nyepi Tahun Baru Saka 1947";
        String fitri = "Idul Fitri 1446 H";
        String cuti = "Cuti Bersama Idul Fitri 1446 H";
        assertEquals(
                List.of(
                        holiday(2025, 3, 29, nyepi),
                        weekend(2025, 3, 30),
                        holiday(2025, 3, 31, fitri),
                        holiday(2025, 4, 1, fitri),
                        cuti(2025, 4, 2, cuti),
                        cuti(2025, 4, 3, cuti),
                        cuti(2025, 4, 4, cuti),
                        weekend(2025, 4, 5),
                        weekend(2025, 4, 6),
                        cuti(2025, 4, 7, cuti),
                        weekend(2025, 4, 12),
                        weekend(2025, 4, 13),
                        holiday(2025, 4, 18, "Wafat Yesus Kristus"),
                        weekend(2025, 4, 19),
                        holiday(2025, 4, 20, "Kebangkitan Yesus Kristus (Paskah)")),
                e.skipped());
        assertEquals(
                "10 hari kerja setelah Jumat, 28 Maret 2025: melewati "
                        + "29 Mar (Sabtu, Hari Suci Nyepi Tahun Baru Saka 1947), 30 Mar (Minggu), "
                        + "31 Mar (Senin, Idul Fitri 1446 H), 1 Apr (Selasa, Idul Fitri 1446 H), "
                        + "2 Apr (Rabu, Cuti Bersama Idul Fitri 1446 H), 3 Apr (Kamis, Cuti Bersama Idul Fitri 1446 H), "
                        + "4 Apr (Jumat, Cuti Bersama Idul Fitri 1446 H), 5 Apr (Sabtu), 6 Apr (Minggu), "
                        + "7 Apr (Senin, Cuti Bersama Idul Fitri 1446 H), 12 Apr (Sabtu), 13 Apr (Minggu), "
                        + "18 Apr (Jumat, Wafat Yesus Kristus), 19 Apr (Sabtu), "
                        + "20 Apr (Minggu, Kebangkitan Yesus Kristus (Paskah)) → jatuh tempo Selasa, 22 April 2025",
                e.indonesian());
        assertEquals(List.of(2025), e.sources().stream().map(YearSource::year).toList());
    }

    @Test
    void cutiBersamaWorkingIsNotListedAsSkipped() {
        Explanation e = WorkingDayCalendar.create(CalendarSettings.defaults().withCutiBersamaIsWorkingDay(true))
                .explainAddWorkingDays(LocalDate.of(2025, 3, 28), 10, Side.BODY);
        assertEquals(
                "10 working days after Friday, 28 March 2025: skipping "
                        + "29 Mar (Saturday, Hari Suci Nyepi Tahun Baru Saka 1947), 30 Mar (Sunday), "
                        + "31 Mar (Monday, Idul Fitri 1446 H), 1 Apr (Tuesday, Idul Fitri 1446 H), "
                        + "5 Apr (Saturday), 6 Apr (Sunday), 12 Apr (Saturday), 13 Apr (Sunday) "
                        + "→ due Tuesday, 15 April 2025",
                e.english());
    }

    @Test
    void yearBoundaryShowsTheYearOfLaterDatesAndCitesBothSources() {
        Explanation e = calendar.explainAddWorkingDays(LocalDate.of(2025, 12, 22), 10, Side.BODY);
        assertEquals(
                "10 hari kerja setelah Senin, 22 Desember 2025: melewati 25 Des (Kamis, Hari Raya Natal), "
                        + "26 Des (Jumat, Cuti Bersama Hari Raya Natal), 27 Des (Sabtu), 28 Des (Minggu), "
                        + "1 Jan 2026 (Kamis, Tahun Baru 2026 Masehi), 3 Jan 2026 (Sabtu), 4 Jan 2026 (Minggu) "
                        + "→ jatuh tempo Kamis, 8 Januari 2026",
                e.indonesian());
        assertEquals(
                "10 working days after Monday, 22 December 2025: skipping 25 Dec (Thursday, Hari Raya Natal), "
                        + "26 Dec (Friday, Cuti Bersama Hari Raya Natal), 27 Dec (Saturday), 28 Dec (Sunday), "
                        + "1 Jan 2026 (Thursday, Tahun Baru 2026 Masehi), 3 Jan 2026 (Saturday), 4 Jan 2026 (Sunday) "
                        + "→ due Thursday, 8 January 2026",
                e.english());
        assertEquals(
                List.of("2025.2", "2026.1"),
                e.sources().stream().map(YearSource::version).toList());
    }

    @Test
    void nothingSkipped() {
        Explanation e = calendar.explainAddWorkingDays(LocalDate.of(2025, 7, 1), 3, Side.BODY);
        assertEquals(List.of(), e.skipped());
        assertEquals(
                "3 hari kerja setelah Selasa, 1 Juli 2025: tidak ada hari libur yang dilewati "
                        + "→ jatuh tempo Jumat, 4 Juli 2025",
                e.indonesian());
        assertEquals(
                "3 working days after Tuesday, 1 July 2025: no non-working days skipped " + "→ due Friday, 4 July 2025",
                e.english());
    }

    @Test
    void ownNameTablesAgreeWithJdkIndonesianLocaleData() {
        // Cross-check only: the texts come from our own tables so that a JDK upgrade cannot change a legal notice.
        Locale id = Locale.forLanguageTag("id-ID");
        for (DayOfWeek day : DayOfWeek.values()) {
            assertEquals(day.getDisplayName(TextStyle.FULL, id), DateTexts.Language.ID.day(day));
            assertEquals(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), DateTexts.Language.EN.day(day));
        }
        for (Month month : Month.values()) {
            assertEquals(month.getDisplayName(TextStyle.FULL, id), DateTexts.Language.ID.month(month));
            assertEquals(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH), DateTexts.Language.EN.month(month));
        }
    }

    private static NonWorkingDay holiday(int y, int m, int d, String name) {
        return new NonWorkingDay(LocalDate.of(y, m, d), NonWorkingReason.HOLIDAY, Optional.of(name), false);
    }

    private static NonWorkingDay cuti(int y, int m, int d, String name) {
        return new NonWorkingDay(LocalDate.of(y, m, d), NonWorkingReason.CUTI_BERSAMA, Optional.of(name), false);
    }

    private static NonWorkingDay weekend(int y, int m, int d) {
        return new NonWorkingDay(LocalDate.of(y, m, d), NonWorkingReason.WEEKEND, Optional.empty(), false);
    }
}
