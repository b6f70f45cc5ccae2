package id.go.cilegon.ppid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Operator-supplied {@code <year>.csv} files: adding a year, replacing a year, and rejecting bad files. */
class DataDirectoryTest {

    @TempDir
    Path dir;

    private void write(String fileName, String... lines) throws IOException {
        Files.writeString(dir.resolve(fileName), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void addsAYear() throws IOException {
        write(
                "2027.csv",
                "# source: test fixture",
                "# version: test-2027.1",
                "2027-01-01,HOLIDAY,Tahun Baru 2027 Masehi");
        WorkingDayCalendar calendar = WorkingDayCalendar.withDataDirectory(dir);
        // Sun 20 Dec 2026: 1=21, 2=22, 3=23, (24 cuti, 25 Natal, 26-27), 4=28, 5=29, 6=30, 7=31,
        // (1 Jan 2027 Fri holiday, 2-3), 8=4 Jan, 9=5, 10=6 Jan 2027 Wed.
        assertEquals(d(2027, 1, 6), calendar.addWorkingDays(d(2026, 12, 20), 10, Side.BODY));
        assertFalse(calendar.isWorkingDay(d(2027, 1, 1), Side.BODY));
        List<YearSource> sources = calendar.yearSources();
        assertEquals(
                List.of(2025, 2026, 2027),
                sources.stream().map(YearSource::year).toList());
        YearSource y2027 = sources.get(2);
        assertEquals(YearSource.Origin.DATA_DIRECTORY, y2027.origin());
        assertEquals(dir.resolve("2027.csv").toAbsolutePath().toString(), y2027.location());
        assertEquals("test fixture", y2027.legalSource());
        assertEquals("test-2027.1", y2027.version());
        assertEquals(1, y2027.holidays());
        assertEquals(YearSource.Origin.BUNDLED, sources.get(1).origin());
        assertEquals(YearStatus.OFFICIAL, y2027.status());
        assertFalse(calendar.provisional(d(2026, 12, 20), d(2027, 12, 31)));
        assertEquals(YearStatus.PROVISIONAL, calendar.status(2028));
    }

    @Test
    void replacesABundledYearEntirely() throws IOException {
        // Hypothetical isbat correction: Idul Fitri 1447 H moved a day earlier. The file replaces the whole
        // year, so days it omits (cuti 18 and 24 Mar, Wafat Yesus Kristus 3 Apr) become ordinary days.
        write(
                "2026.csv",
                "# source: SKB 1497/2025, corrected after sidang isbat (test)",
                "# version: 2026.2-test",
                "2026-01-01,HOLIDAY,Tahun Baru 2026 Masehi",
                "2026-03-19,HOLIDAY,Hari Suci Nyepi Tahun Baru Saka 1948",
                "2026-03-20,HOLIDAY,Idul Fitri 1447 H",
                "2026-03-21,HOLIDAY,Idul Fitri 1447 H",
                "2026-03-23,CUTI_BERSAMA,Cuti Bersama Idul Fitri 1447 H");
        WorkingDayCalendar calendar = WorkingDayCalendar.withDataDirectory(dir);
        assertEquals(
                NonWorkingReason.HOLIDAY,
                calendar.nonWorkingDay(d(2026, 3, 20), Side.BODY).orElseThrow().reason());
        assertTrue(calendar.isWorkingDay(d(2026, 3, 18), Side.BODY));
        assertTrue(calendar.isWorkingDay(d(2026, 3, 24), Side.BODY));
        assertEquals(
                NonWorkingReason.WEEKEND,
                calendar.nonWorkingDay(d(2026, 3, 22), Side.BODY).orElseThrow().reason());
        assertTrue(calendar.isWorkingDay(d(2026, 12, 25), Side.BODY));
        // Tue 17 Mar 2026: off 19, 20, 21-22, 23. 1=18, 2=24, 3=25, 4=26, 5=27, (28-29), 6=30, 7=31, 8=1 Apr,
        // 9=2 Apr, 10=3 Apr (not a holiday in this file).
        assertEquals(d(2026, 4, 3), calendar.addWorkingDays(d(2026, 3, 17), 10, Side.BODY));
        // 2025 is untouched: bundled answer from WorkingDayCalendarTest.
        assertEquals(d(2025, 4, 22), calendar.addWorkingDays(d(2025, 3, 28), 10, Side.BODY));
        YearSource y2026 = calendar.yearSources().get(1);
        assertEquals(YearSource.Origin.DATA_DIRECTORY, y2026.origin());
        assertEquals("2026.2-test", y2026.version());
        assertEquals(4, y2026.holidays());
        assertEquals(1, y2026.cutiBersama());
        assertEquals(YearSource.Origin.BUNDLED, calendar.yearSources().get(0).origin());
    }

    @Test
    void settingAppliesToOverrideData() throws IOException {
        write(
                "2027.csv",
                "# source: test fixture",
                "# version: 1",
                "2027-01-01,HOLIDAY,Tahun Baru 2027 Masehi",
                "2027-01-04,CUTI_BERSAMA,Cuti Bersama Tahun Baru");
        WorkingDayCalendar off = WorkingDayCalendar.withDataDirectory(dir);
        WorkingDayCalendar on = WorkingDayCalendar.create(new CalendarSettings(java.util.Optional.of(dir), true));
        // Thu 31 Dec 2026: 1 Jan Fri holiday, 2-3 weekend, 4 Jan Mon cuti -> Tue 5 Jan; cuti working -> Mon 4 Jan.
        assertEquals(d(2027, 1, 5), off.nextWorkingDay(d(2026, 12, 31), Side.BODY));
        assertEquals(d(2027, 1, 4), on.nextWorkingDay(d(2026, 12, 31), Side.BODY));
    }

    @Test
    void otherFilesAreIgnored() throws IOException {
        write("README.txt", "not data");
        write("2027.csv.bak", "garbage");
        write("27.csv", "garbage");
        Files.createDirectory(dir.resolve("2028.csv"));
        WorkingDayCalendar calendar = WorkingDayCalendar.withDataDirectory(dir);
        assertEquals(
                List.of(2025, 2026, 2027),
                calendar.yearSources().stream().map(YearSource::year).toList());
        assertEquals(YearSource.Origin.BUNDLED, calendar.yearSources().get(2).origin());
    }

    @Test
    void missingDirectoryIsAnError() {
        Path missing = dir.resolve("nope");
        CalendarDataException e =
                assertThrows(CalendarDataException.class, () -> WorkingDayCalendar.withDataDirectory(missing));
        assertEquals(missing.toAbsolutePath().toString(), e.file());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void toleratesByteOrderMarkCrLfCommasInNamesAndCoincidingHolidays() throws IOException {
        Files.writeString(
                dir.resolve("2027.csv"),
                "\uFEFF# source: saved from a spreadsheet\r\n"
                        + "# version: 1\r\n"
                        + "\r\n"
                        + "  2027-01-01 , HOLIDAY , Tahun Baru 2027 Masehi, hari pertama  \r\n"
                        + "2027-01-01,HOLIDAY,Hari Kedua Yang Sama\r\n",
                StandardCharsets.UTF_8);
        WorkingDayCalendar calendar = WorkingDayCalendar.withDataDirectory(dir);
        assertEquals(
                List.of(new CalendarEntry(
                        d(2027, 1, 1),
                        EntryKind.HOLIDAY,
                        "Tahun Baru 2027 Masehi, hari pertama / Hari Kedua Yang Sama")),
                calendar.entries(2027));
        assertEquals("saved from a spreadsheet", calendar.yearSources().get(2).legalSource());
    }

    static Stream<Arguments> malformedLines() {
        return Stream.of(
                Arguments.of("2026-01-01,HOLIDAY", "expected 'yyyy-MM-dd,HOLIDAY|CUTI_BERSAMA,name'"),
                Arguments.of("2026-01-01 HOLIDAY Tahun Baru", "expected 'yyyy-MM-dd,HOLIDAY|CUTI_BERSAMA,name'"),
                Arguments.of("2026-02-30,HOLIDAY,Tidak Ada", "invalid date '2026-02-30'"),
                Arguments.of("01/01/2026,HOLIDAY,Tahun Baru", "invalid date '01/01/2026'"),
                Arguments.of("2026-01-01,LIBUR,Tahun Baru", "invalid kind 'LIBUR'"),
                Arguments.of("2026-01-01,holiday,Tahun Baru", "invalid kind 'holiday'"),
                Arguments.of("2025-12-31,HOLIDAY,Malam Tahun Baru", "date 2025-12-31 is outside the file's year 2026"),
                Arguments.of("2026-01-01,HOLIDAY,  ", "missing name for 2026-01-01"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformedLines")
    void malformedLineNamesFileAndLine(String badLine, String expected) throws IOException {
        write("2026.csv", "# source: test", "# version: 1", "2026-01-02,HOLIDAY,Baik", badLine);
        CalendarDataException e =
                assertThrows(CalendarDataException.class, () -> WorkingDayCalendar.withDataDirectory(dir));
        assertEquals(dir.resolve("2026.csv").toAbsolutePath().toString(), e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(e.file() + ", line 4: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void conflictingDuplicateNamesBothLines() throws IOException {
        write(
                "2026.csv",
                "# source: test",
                "# version: 1",
                "2026-03-20,CUTI_BERSAMA,Cuti Bersama Idul Fitri 1447 H",
                "2026-03-21,HOLIDAY,Idul Fitri 1447 H",
                "2026-03-20,HOLIDAY,Idul Fitri 1447 H");
        CalendarDataException e =
                assertThrows(CalendarDataException.class, () -> WorkingDayCalendar.withDataDirectory(dir));
        assertEquals(5, e.line());
        assertTrue(
                e.getMessage()
                        .contains(
                                "2026.csv, line 5: 2026-03-20 is listed as HOLIDAY but line 3 lists it as CUTI_BERSAMA"),
                e.getMessage());
    }

    @Test
    void missingHeadersAreErrors() throws IOException {
        write("2026.csv", "# version: 1", "2026-01-01,HOLIDAY,Tahun Baru 2026 Masehi");
        CalendarDataException noSource =
                assertThrows(CalendarDataException.class, () -> WorkingDayCalendar.withDataDirectory(dir));
        assertEquals(0, noSource.line());
        assertTrue(noSource.getMessage().contains("2026.csv: missing header '# source:"), noSource.getMessage());

        write("2026.csv", "# source: SKB", "2026-01-01,HOLIDAY,Tahun Baru 2026 Masehi");
        CalendarDataException noVersion =
                assertThrows(CalendarDataException.class, () -> WorkingDayCalendar.withDataDirectory(dir));
        assertTrue(noVersion.getMessage().contains("missing header '# version:"), noVersion.getMessage());

        write("2026.csv", "# source: SKB", "# version:   ", "2026-01-01,HOLIDAY,Tahun Baru 2026 Masehi");
        CalendarDataException emptyVersion =
                assertThrows(CalendarDataException.class, () -> WorkingDayCalendar.withDataDirectory(dir));
        assertEquals(2, emptyVersion.line());
    }

    @Test
    void fileWithoutDaysIsAnError() throws IOException {
        write("2027.csv", "# source: SKB", "# version: 1");
        CalendarDataException e =
                assertThrows(CalendarDataException.class, () -> WorkingDayCalendar.withDataDirectory(dir));
        assertTrue(e.getMessage().contains("lists no days"), e.getMessage());
    }
}
