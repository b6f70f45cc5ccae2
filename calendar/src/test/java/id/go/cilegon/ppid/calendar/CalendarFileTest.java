package id.go.cilegon.ppid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks an uploaded year goes through: errors name the line, warnings what deserves a second look. */
class CalendarFileTest {

    private static final String HEADERS = "# source: SKB 1234/2026\n# version: 2027.1\n";

    private static String official2027(String... extra) {
        return HEADERS
                + String.join(
                        "\n",
                        List.of(
                                "2027-01-01,HOLIDAY,Tahun Baru 2027 Masehi",
                                "2027-02-06,HOLIDAY,Tahun Baru Imlek 2578 Kongzili",
                                "2027-03-26,HOLIDAY,Wafat Yesus Kristus",
                                "2027-03-28,HOLIDAY,Kebangkitan Yesus Kristus (Paskah)",
                                "2027-05-01,HOLIDAY,Hari Buruh Internasional",
                                "2027-05-06,HOLIDAY,Kenaikan Yesus Kristus",
                                "2027-06-01,HOLIDAY,Hari Lahir Pancasila",
                                "2027-08-17,HOLIDAY,Hari Kemerdekaan Republik Indonesia",
                                "2027-12-25,HOLIDAY,Hari Raya Natal"))
                + "\n" + String.join("\n", extra);
    }

    @Test
    void aCompleteYearParsesWithTheWeekendHolidaysAsWarnings() {
        CalendarFile file = CalendarFile.parse(2027, "upload", official2027("2027-01-05,HOLIDAY,Isra Mikraj"));
        assertEquals(YearStatus.OFFICIAL, file.status());
        assertEquals("SKB 1234/2026", file.legalSource());
        assertEquals(10, file.entries().size());
        assertEquals(LocalDate.of(2027, 1, 1), file.entries().get(0).date());
        // 6 Feb, 28 Mar and 1 May 2027 are a Saturday, a Sunday and a Saturday; 25 Dec a Saturday.
        assertEquals(
                4,
                file.warnings().stream()
                        .filter(w -> w.contains("changes no count"))
                        .count(),
                file.warnings().toString());
        assertTrue(
                file.warnings().stream()
                        .anyMatch(w -> w.startsWith("2027-03-28 (Kebangkitan Yesus Kristus (Paskah)) is a Sunday")),
                file.warnings().toString());
    }

    @Test
    void anOfficialListWithoutADayOffOfEveryYearIsWarnedAbout() {
        CalendarFile file = CalendarFile.parse(2027, "upload", HEADERS + "2027-01-01,HOLIDAY,Tahun Baru 2027 Masehi\n");
        assertTrue(
                file.warnings().stream()
                        .anyMatch(w -> w.startsWith("2027-08-17 (Hari Kemerdekaan Republik Indonesia)")
                                && w.contains("check the decree")),
                file.warnings().toString());
        CalendarFile candidates = CalendarFile.parse(
                2027, "upload", "# status: provisional\n" + HEADERS + "2027-01-05,HOLIDAY,Isra Mikraj\n");
        assertEquals(YearStatus.PROVISIONAL, candidates.status());
        assertTrue(candidates.warnings().isEmpty(), candidates.warnings().toString());
    }

    @Test
    void twoNamesOnOneDayAreJoinedAndWarned() {
        CalendarFile file =
                CalendarFile.parse(2027, "upload", official2027("2027-12-25,HOLIDAY,Isra Mikraj Nabi Muhammad SAW"));
        assertEquals(
                "Hari Raya Natal / Isra Mikraj Nabi Muhammad SAW",
                file.entries().stream()
                        .filter(e -> e.date().equals(LocalDate.of(2027, 12, 25)))
                        .findFirst()
                        .orElseThrow()
                        .name());
        assertTrue(
                file.warnings().stream().anyMatch(w -> w.startsWith("2027-12-25 is listed 2 times")),
                file.warnings().toString());
    }

    @Test
    void aListWrittenOutReadsBackTheSame() {
        CalendarFile bundled = WorkingDayCalendar.standard().file(2027).orElseThrow();
        CalendarFile again = CalendarFile.parse(2027, "csv", bundled.toCsv());
        assertEquals(bundled.entries(), again.entries());
        assertEquals(bundled.status(), again.status());
        assertEquals(bundled.legalSource(), again.legalSource());
        assertEquals(bundled.version(), again.version());
    }

    @Test
    void errorsNameTheLine() {
        CalendarDataException repeated = assertThrows(
                CalendarDataException.class,
                () -> CalendarFile.parse(
                        2027, "upload", HEADERS + "2027-01-01,HOLIDAY,Tahun Baru\n2027-01-01,HOLIDAY,Tahun Baru\n"));
        assertEquals(4, repeated.line());
        assertTrue(repeated.getMessage().contains("repeats line 3"), repeated.getMessage());
        CalendarDataException outside = assertThrows(
                CalendarDataException.class,
                () -> CalendarFile.parse(2027, "upload", HEADERS + "2026-12-31,HOLIDAY,Malam Tahun Baru\n"));
        assertEquals(3, outside.line());
        assertTrue(outside.problem().contains("outside the file's year 2027"), outside.problem());
        CalendarDataException kind = assertThrows(
                CalendarDataException.class,
                () -> CalendarFile.parse(2027, "upload", HEADERS + "2027-01-01,LIBUR,Tahun Baru\n"));
        assertTrue(kind.problem().startsWith("invalid kind 'LIBUR'"), kind.problem());
        CalendarDataException status = assertThrows(
                CalendarDataException.class,
                () -> CalendarFile.parse(
                        2027, "upload", "# status: perkiraan\n" + HEADERS + "2027-01-01,HOLIDAY,Tahun Baru\n"));
        assertEquals(1, status.line());
    }

    @Test
    void textsAreBoundedAndPlain() {
        CalendarDataException control = assertThrows(
                CalendarDataException.class,
                () -> CalendarFile.parse(2027, "upload", HEADERS + "2027-01-01,HOLIDAY,Tahun\u0000Baru\n"));
        assertEquals(3, control.line());
        assertTrue(control.problem().contains("U+0000"), control.problem());
        CalendarDataException source = assertThrows(
                CalendarDataException.class,
                () -> CalendarFile.parse(
                        2027,
                        "upload",
                        "# source: " + "S".repeat(2001) + "\n# version: 1\n2027-01-01,HOLIDAY,Tahun Baru\n"));
        assertEquals(1, source.line());
        CalendarDataException name = assertThrows(
                CalendarDataException.class,
                () -> CalendarFile.parse(
                        2027,
                        "upload",
                        HEADERS + "2027-01-01,HOLIDAY," + "A".repeat(150) + "\n2027-01-01,HOLIDAY," + "B".repeat(150)
                                + "\n"));
        assertTrue(name.problem().contains("the name of 2027-01-01 has 303 characters"), name.problem());
        assertEquals(
                "S".repeat(2000),
                CalendarFile.parse(
                                2027,
                                "upload",
                                "# source: " + "S".repeat(2000) + "\n# version: 1\n2027-01-01,HOLIDAY,Tahun Baru\n")
                        .legalSource());
    }
}
