package id.go.cilegon.ppid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The computed Easter, moons and Imlek against published values and against ICU4J's Chinese calendar. */
class AstronomyTest {

    @Test
    void easterMatchesPublishedDates() {
        assertEquals(LocalDate.of(2025, 4, 20), Astronomy.easter(2025));
        assertEquals(LocalDate.of(2026, 4, 5), Astronomy.easter(2026));
        assertEquals(LocalDate.of(2027, 3, 28), Astronomy.easter(2027));
        assertEquals(LocalDate.of(2038, 4, 25), Astronomy.easter(2038));
        assertEquals(LocalDate.of(2285, 3, 22), Astronomy.easter(2285));
    }

    /** Meeus, example 49.a: the new moon of February 1977 at JDE 2443192.65118, 18 Feb 1977 3:37:42 TD. */
    @Test
    void meeusWorkedExample() {
        Instant computed = Astronomy.phase(-283);
        Instant published = Instant.parse("1977-02-18T03:37:42Z").minusSeconds(48);
        assertTrue(Duration.between(published, computed).abs().toSeconds() < 120, computed.toString());
    }

    /**
     * Every Chinese month begins on the day of the new moon in China's time. Three centuries of ICU4J's month starts
     * must be the computed new moon dates, except where a new moon falls within 20 minutes of midnight: there ICU4J's
     * own astronomy is the coarser one (it puts the new moon of 6 February 2027, 23:56 China time, on the 7th, while
     * the decrees' Imlek 2027 is the 6th).
     */
    @Test
    void newMoonsAreTheChineseMonthStartsOfIcu4j() {
        List<String> differ = new ArrayList<>();
        for (long k = Math.round((1900 - 2000) * 12.3685); k <= Math.round((2200 - 2000) * 12.3685); k++) {
            ZonedDateTime newMoon = Astronomy.phase(k).atZone(Astronomy.CHINA);
            long fromMidnight = Math.abs(Duration.between(
                            newMoon.toLocalDate()
                                    .atStartOfDay(Astronomy.CHINA)
                                    .plusHours(newMoon.getHour() >= 12 ? 24 : 0),
                            newMoon)
                    .toMinutes());
            if (!isIcuMonthStart(newMoon.toLocalDate()) && fromMidnight > 20) {
                differ.add(newMoon.toString());
            }
        }
        assertEquals(List.of(), differ);
    }

    /** The table's Imlek is ICU4J's, but where ICU4J's new moon is a day off around midnight (previous test). */
    @Test
    void imlekIsTheChineseNewYearOfIcu4j() {
        List<Integer> differ = new ArrayList<>();
        for (int year = 1900; year <= 2200; year++) {
            LocalDate imlek = Astronomy.imlek(year).orElseThrow();
            assertTrue(Astronomy.newMoonDates(year, Astronomy.CHINA).contains(imlek), "year " + year);
            if (!icuNewYear(year).equals(imlek)) {
                differ.add(year);
            }
        }
        assertEquals(List.of(1916, 1954, 2027, 2030), differ);
        assertEquals(LocalDate.of(2025, 1, 29), Astronomy.imlek(2025).orElseThrow());
        assertEquals(LocalDate.of(2026, 2, 17), Astronomy.imlek(2026).orElseThrow());
        assertEquals(LocalDate.of(2027, 2, 6), Astronomy.imlek(2027).orElseThrow());
        assertEquals(LocalDate.of(1985, 2, 20), Astronomy.imlek(1985).orElseThrow());
        assertEquals(List.of(), Astronomy.imlek(2201).map(List::of).orElse(List.of()));
        assertTrue(Astronomy.imlekCandidates(2201).size() >= 1);
    }

    /** Waisak and Nyepi of the decrees sit on the full and new moon of WIB, or the day after. */
    @Test
    void waisakAndNyepiFollowTheMoon() {
        assertTrue(Astronomy.fullMoonDates(2025, LegalTime.ZONE).contains(LocalDate.of(2025, 5, 12)));
        assertTrue(Astronomy.fullMoonDates(2026, LegalTime.ZONE).contains(LocalDate.of(2026, 5, 31)));
        assertTrue(Astronomy.newMoonDates(2025, LegalTime.ZONE).contains(LocalDate.of(2025, 3, 29)));
        assertTrue(Astronomy.newMoonDates(2026, LegalTime.ZONE).contains(LocalDate.of(2026, 3, 19)));
        assertEquals(12, Astronomy.fullMoonDates(2025, LegalTime.ZONE).size());
        assertEquals(13, Astronomy.fullMoonDates(2026, LegalTime.ZONE).size());
    }

    private static boolean isIcuMonthStart(LocalDate day) {
        ChineseCalendar chinese = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        chinese.setTimeInMillis(
                day.atStartOfDay(Astronomy.CHINA).plusHours(12).toInstant().toEpochMilli());
        return chinese.get(ChineseCalendar.DAY_OF_MONTH) == 1;
    }

    private static LocalDate icuNewYear(int year) {
        ChineseCalendar chinese = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        for (LocalDate day = LocalDate.of(year, 1, 15); ; day = day.plusDays(1)) {
            chinese.setTimeInMillis(
                    day.atStartOfDay(Astronomy.CHINA).plusHours(12).toInstant().toEpochMilli());
            if (chinese.get(ChineseCalendar.MONTH) == 0
                    && chinese.get(ChineseCalendar.IS_LEAP_MONTH) == 0
                    && chinese.get(ChineseCalendar.DAY_OF_MONTH) == 1) {
                return day;
            }
        }
    }
}
