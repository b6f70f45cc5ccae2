package id.go.cilegon.ppid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Deadlines checked against hand counts from the DOMAIN.md holiday lists. Each expected date is
 * worked out in the comment above it: "n=d" means working day n falls on day d.
 */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();
    private final WorkingDayCalendar cutiWorking =
            WorkingDayCalendar.create(CalendarSettings.defaults().withCutiBersamaIsWorkingDay(true));

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class IdulFitri2025 {

        /*
         * Received Fri 28 Mar 2025 (itself cuti bersama Nyepi; the receipt day never counts).
         * Off: 29 Sat Nyepi, 30 Sun, 31 Mon + 1 Apr Idul Fitri, 2-4 Apr cuti, 5-6 weekend, 7 Apr cuti.
         * 1=8 Apr Tue, 2=9, 3=10, 4=11 Fri, (12-13), 5=14, 6=15, 7=16, 8=17 Thu, (18 Wafat, 19, 20 Paskah),
         * 9=21 Mon, 10=22 Apr Tue.
         */
        @Test
        void tenWorkingDaysFromFriday28March() {
            assertEquals(d(2025, 4, 22), calendar.addWorkingDays(d(2025, 3, 28), 10, Side.BODY));
        }

        /*
         * Cuti bersama as working days: off only 29-30 Mar, 31 Mar, 1 Apr, 5-6, 12-13 Apr.
         * 1=2 Apr Wed, 2=3, 3=4, 4=7 Mon, 5=8, 6=9, 7=10, 8=11, 9=14, 10=15 Apr Tue.
         */
        @Test
        void tenWorkingDaysWhenCutiBersamaAreWorkingDays() {
            assertEquals(d(2025, 4, 15), cutiWorking.addWorkingDays(d(2025, 3, 28), 10, Side.BODY));
        }

        /* Continue from 10=22 Apr: 11=23, 12=24, 13=25, (26-27), 14=28, 15=29, 16=30, (1 May Hari Buruh), 17=2 May Fri. */
        @Test
        void seventeenWorkingDaysIsTheExtendedDeadline() {
            assertEquals(d(2025, 5, 2), calendar.addWorkingDays(d(2025, 3, 28), 17, Side.BODY));
            // Extension is 7 WD counted from the original deadline: same day.
            assertEquals(
                    d(2025, 5, 2),
                    calendar.addWorkingDays(calendar.addWorkingDays(d(2025, 3, 28), 10, Side.BODY), 7, Side.BODY));
        }

        /*
         * Continue from 17=2 May Fri: (3-4), 18=5 Mon, 19=6, 20=7, 21=8, 22=9 Fri, (10-11), (12 Waisak, 13 cuti),
         * 23=14 Wed, 24=15, 25=16 Fri, (17-18), 26=19, 27=20, 28=21, 29=22, 30=23 May Fri.
         */
        @Test
        void thirtyWorkingDays() {
            assertEquals(d(2025, 5, 23), calendar.addWorkingDays(d(2025, 3, 28), 30, Side.BODY));
        }

        @Test
        void workingDaysBetweenMatches() {
            assertEquals(10, calendar.workingDaysBetween(d(2025, 3, 28), d(2025, 4, 22), Side.BODY));
            assertEquals(9, calendar.workingDaysBetween(d(2025, 3, 28), d(2025, 4, 21), Side.BODY));
            // 28 Mar - 7 Apr holds no working day at all.
            assertEquals(0, calendar.workingDaysBetween(d(2025, 3, 28), d(2025, 4, 7), Side.BODY));
            assertEquals(4, cutiWorking.workingDaysBetween(d(2025, 3, 28), d(2025, 4, 7), Side.BODY));
        }

        @Test
        void classification() {
            assertFalse(calendar.isWorkingDay(d(2025, 3, 28), Side.BODY));
            assertTrue(cutiWorking.isWorkingDay(d(2025, 3, 28), Side.BODY));
            assertFalse(cutiWorking.isWorkingDay(d(2025, 3, 31), Side.BODY));
            assertEquals(
                    Optional.of(new NonWorkingDay(
                            d(2025, 3, 31), NonWorkingReason.HOLIDAY, Optional.of("Idul Fitri 1446 H"), false)),
                    calendar.nonWorkingDay(d(2025, 3, 31), Side.BODY));
            assertEquals(
                    Optional.of(new NonWorkingDay(
                            d(2025, 4, 2),
                            NonWorkingReason.CUTI_BERSAMA,
                            Optional.of("Cuti Bersama Idul Fitri 1446 H"),
                            false)),
                    calendar.nonWorkingDay(d(2025, 4, 2), Side.BODY));
            // A holiday on a Saturday is reported as the holiday, so its name shows.
            assertEquals(
                    NonWorkingReason.HOLIDAY,
                    calendar.nonWorkingDay(d(2025, 3, 29), Side.BODY)
                            .orElseThrow()
                            .reason());
            assertEquals(
                    NonWorkingReason.WEEKEND,
                    calendar.nonWorkingDay(d(2025, 3, 30), Side.BODY)
                            .orElseThrow()
                            .reason());
            assertEquals(Optional.empty(), calendar.nonWorkingDay(d(2025, 4, 8), Side.BODY));
        }

        /* Back from 8 Apr: 7 cuti, 5-6 weekend, 2-4 cuti, 1 Apr + 31 Mar Idul Fitri, 29-30 weekend, 28 cuti -> Thu 27 Mar. */
        @Test
        void previousWorkingDay() {
            assertEquals(d(2025, 3, 27), calendar.previousWorkingDay(d(2025, 4, 8), Side.BODY));
            assertEquals(d(2025, 4, 7), cutiWorking.previousWorkingDay(d(2025, 4, 8), Side.BODY));
        }
    }

    @Nested
    class IdulFitri2026 {

        /*
         * Received Tue 17 Mar 2026. Off: 18 cuti Nyepi, 19 Nyepi, 20 cuti, 21-22 Idul Fitri (Sat/Sun), 23-24 cuti.
         * 1=25 Wed, 2=26, 3=27 Fri, (28-29), 4=30, 5=31, 6=1 Apr, 7=2 Apr Thu, (3 Wafat, 4, 5 Paskah),
         * 8=6 Mon, 9=7, 10=8 Apr Wed.
         */
        @Test
        void tenWorkingDays() {
            assertEquals(d(2026, 4, 8), calendar.addWorkingDays(d(2026, 3, 17), 10, Side.BODY));
        }

        /* Cuti working: off 19, 21, 22 Mar, 28-29. 1=18, 2=20, 3=23, 4=24, 5=25, 6=26, 7=27, 8=30, 9=31, 10=1 Apr. */
        @Test
        void tenWorkingDaysWhenCutiBersamaAreWorkingDays() {
            assertEquals(d(2026, 4, 1), cutiWorking.addWorkingDays(d(2026, 3, 17), 10, Side.BODY));
        }

        /* From 10=8 Apr: 11=9, 12=10 Fri, (11-12), 13=13, 14=14, 15=15, 16=16, 17=17 Apr Fri. */
        @Test
        void seventeenWorkingDays() {
            assertEquals(d(2026, 4, 17), calendar.addWorkingDays(d(2026, 3, 17), 17, Side.BODY));
        }

        /*
         * From 17=17 Apr Fri: 18=20, 19=21, 20=22, 21=23, 22=24 Fri, 23=27, 24=28, 25=29, 26=30 Thu,
         * (1 May Hari Buruh Fri, 2-3), 27=4 May, 28=5, 29=6, 30=7 May Thu.
         */
        @Test
        void thirtyWorkingDays() {
            assertEquals(d(2026, 5, 7), calendar.addWorkingDays(d(2026, 3, 17), 30, Side.BODY));
        }
    }

    @Nested
    class YearEnd {

        /*
         * Received Mon 22 Dec 2025. 1=23, 2=24, (25 Natal, 26 cuti, 27-28), 3=29, 4=30, 5=31 Wed,
         * (1 Jan 2026 Thu), 6=2 Jan Fri, (3-4), 7=5, 8=6, 9=7, 10=8 Jan 2026 Thu.
         */
        @Test
        void tenWorkingDaysCrossIntoNewYear() {
            assertEquals(d(2026, 1, 8), calendar.addWorkingDays(d(2025, 12, 22), 10, Side.BODY));
            assertEquals(10, calendar.workingDaysBetween(d(2025, 12, 22), d(2026, 1, 8), Side.BODY));
        }

        /* 26 Dec working: 1=23, 2=24, 3=26, 4=29, 5=30, 6=31, 7=2 Jan, 8=5, 9=6, 10=7 Jan 2026. */
        @Test
        void tenWorkingDaysCrossIntoNewYearWhenCutiBersamaAreWorkingDays() {
            assertEquals(d(2026, 1, 7), cutiWorking.addWorkingDays(d(2025, 12, 22), 10, Side.BODY));
        }

        @Test
        void nextWorkingDayAfterChristmasEve() {
            // 25 Natal, 26 cuti, 27-28 weekend.
            assertEquals(d(2025, 12, 29), calendar.nextWorkingDay(d(2025, 12, 24), Side.BODY));
        }
    }

    @Nested
    class ReceiptOnNonWorkingDay {

        /* Sat 25 Jan 2025: 26 Sun, 27 Isra Mikraj, 28 cuti Imlek, 29 Imlek -> day 1 = Thu 30 Jan. */
        @Test
        void saturdayReceiptStartsCountingNextWorkingDay() {
            assertEquals(d(2025, 1, 30), calendar.addWorkingDays(d(2025, 1, 25), 1, Side.BODY));
            assertEquals(d(2025, 1, 30), calendar.nextWorkingDay(d(2025, 1, 25), Side.BODY));
        }

        /* 1=30 Jan, 2=31 Fri, (1-2 Feb), 3=3, 4=4, 5=5, 6=6, 7=7 Fri, (8-9), 8=10, 9=11, 10=12 Feb Wed. */
        @Test
        void saturdayReceiptTenWorkingDays() {
            assertEquals(d(2025, 2, 12), calendar.addWorkingDays(d(2025, 1, 25), 10, Side.BODY));
        }

        @Test
        void fridayBeforeTheSameHolidaysGivesTheSameDayOne() {
            assertEquals(d(2025, 1, 30), calendar.addWorkingDays(d(2025, 1, 24), 1, Side.BODY));
        }

        /* Sun 17 Aug 2025 (Kemerdekaan), 18 Aug cuti (SKB 933/2025) -> Tue 19 Aug; cuti working -> Mon 18 Aug. */
        @Test
        void sundayHolidayReceipt() {
            assertEquals(d(2025, 8, 19), calendar.addWorkingDays(d(2025, 8, 17), 1, Side.BODY));
            assertEquals(d(2025, 8, 18), cutiWorking.addWorkingDays(d(2025, 8, 17), 1, Side.BODY));
        }

        /* Thu 25 Dec 2025 (Natal): 26 cuti, 27-28 -> Mon 29 Dec; cuti working -> Fri 26 Dec. */
        @Test
        void weekdayHolidayReceipt() {
            assertEquals(d(2025, 12, 29), calendar.addWorkingDays(d(2025, 12, 25), 1, Side.BODY));
            assertEquals(d(2025, 12, 26), cutiWorking.addWorkingDays(d(2025, 12, 25), 1, Side.BODY));
        }

        /* Mon 31 Mar 2025 (Idul Fitri): 1 Apr, 2-4 cuti, 5-6, 7 cuti -> Tue 8 Apr. */
        @Test
        void idulFitriReceipt() {
            assertEquals(d(2025, 4, 8), calendar.addWorkingDays(d(2025, 3, 31), 1, Side.BODY));
        }
    }

    @Test
    void ordinaryJulyWeeks() {
        // Tue 1 Jul 2025, no holidays in July: 1=2, 2=3, 3=4, 4=7, 5=8, 6=9, 7=10, 8=11, 9=14, 10=15 Jul.
        assertEquals(d(2025, 7, 15), calendar.addWorkingDays(d(2025, 7, 1), 10, Side.BODY));
    }

    @Nested
    class ProvisionalYears {

        /*
         * 2027 is bundled as a provisional year. Sun 20 Dec 2026: 1=21, 2=22, 3=23, (24 cuti, 25 Natal, 26-27), 4=28,
         * 5=29, 6=30, 7=31, then 2027 with (1 Jan Fri, certain; 2-3).
         * Body (certain days only): 8=4 Jan, 9=5 (Isra Mikraj is only a candidate), 10=6 Jan Wed.
         * Applicant (candidates too): 8=4 Jan, (5 Isra Mikraj, 6 its day after), 9=7 Jan, (8 Isra Mikraj per one
         * source), (9-10), 10=11 Jan Mon.
         */
        @Test
        void walkingInto2027CountsEachSideOnItsWay() {
            assertEquals(d(2026, 12, 31), calendar.addWorkingDays(d(2026, 12, 20), 7, Side.BODY));
            assertEquals(d(2027, 1, 6), calendar.addWorkingDays(d(2026, 12, 20), 10, Side.BODY));
            assertEquals(d(2027, 1, 11), calendar.addWorkingDays(d(2026, 12, 20), 10, Side.APPLICANT));
            assertEquals(List.of(2027), calendar.provisionalYears(d(2026, 12, 20), d(2027, 1, 6)));
            assertFalse(calendar.provisional(d(2026, 12, 20), d(2026, 12, 31)));
            assertEquals(YearStatus.PROVISIONAL, calendar.status(2027));
            assertEquals(YearStatus.OFFICIAL, calendar.status(2026));
        }

        @Test
        void everyOperationAnswersForYearsWithoutAnyData() {
            assertEquals(d(2028, 1, 3), calendar.nextWorkingDay(d(2027, 12, 31), Side.BODY));
            assertFalse(calendar.isWorkingDay(d(2030, 1, 1), Side.BODY));
            assertFalse(calendar.isWorkingDay(d(2024, 6, 1), Side.BODY));
            assertTrue(calendar.isWorkingDay(d(2024, 6, 3), Side.BODY));
            assertEquals(d(2024, 12, 31), calendar.previousWorkingDay(d(2025, 1, 2), Side.BODY));
            assertEquals(YearStatus.PROVISIONAL, calendar.status(2030));
            assertEquals(YearSource.Origin.ESTIMATED, calendar.yearSource(2030).origin());
            assertTrue(calendar.entries(2030).stream().anyMatch(e -> e.date().equals(d(2030, 12, 25))));
            assertFalse(calendar.candidates(2030).isEmpty());
            assertTrue(calendar.candidates(2026).isEmpty());
        }

        @Test
        void theBodyIsNeverLaterAndTheApplicantNeverEarlier() {
            for (LocalDate start = d(2026, 11, 1); start.isBefore(d(2028, 3, 1)); start = start.plusDays(1)) {
                for (int n : new int[] {1, 7, 10, 14, 17, 30}) {
                    LocalDate body = calendar.addWorkingDays(start, n, Side.BODY);
                    LocalDate applicant = calendar.addWorkingDays(start, n, Side.APPLICANT);
                    assertFalse(applicant.isBefore(body), start + " + " + n);
                    assertEquals(n, calendar.workingDaysBetween(start, applicant, Side.APPLICANT), start + " + " + n);
                }
            }
        }

        @Test
        void explanationSaysItIsAnEstimate() {
            Explanation body = calendar.explainAddWorkingDays(d(2026, 12, 20), 10, Side.BODY);
            assertTrue(body.provisional());
            assertEquals(List.of(2027), body.provisionalYears());
            assertTrue(body.indonesian().contains("perkiraan"), body.indonesian());
            assertTrue(body.indonesian().contains("tanggal pasti mengikuti SKB 2027"), body.indonesian());
            assertTrue(body.english().contains("the earliest plausible date"), body.english());
            Explanation applicant = calendar.explainAddWorkingDays(d(2026, 12, 20), 10, Side.APPLICANT);
            assertTrue(applicant.english().contains("the latest plausible date"), applicant.english());
            assertTrue(applicant.skipped().stream().anyMatch(NonWorkingDay::candidate));
            assertTrue(
                    applicant.indonesian().contains("Isra Mikraj Nabi Muhammad SAW, perkiraan"),
                    applicant.indonesian());
            Explanation official = calendar.explainAddWorkingDays(d(2026, 3, 1), 10, Side.BODY);
            assertFalse(official.provisional());
            assertFalse(official.indonesian().contains("perkiraan"), official.indonesian());
        }

        /* The start day is never classified: 31 Dec 2024 + 1 = Thu 2 Jan 2025, and no provisional year is counted. */
        @Test
        void startInAProvisionalYearDoesNotMakeTheResultProvisional() {
            assertEquals(d(2025, 1, 2), calendar.addWorkingDays(d(2024, 12, 31), 1, Side.BODY));
            assertFalse(calendar.explainAddWorkingDays(d(2024, 12, 31), 1, Side.BODY)
                    .provisional());
        }
    }

    @Test
    void zeroOrNegativeWorkingDaysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d(2025, 3, 28), 0, Side.BODY));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d(2025, 3, 28), -1, Side.BODY));
        assertThrows(
                IllegalArgumentException.class, () -> calendar.explainAddWorkingDays(d(2025, 3, 28), 0, Side.BODY));
    }

    @Test
    void workingDaysBetweenEmptyOrReversedRangeIsZero() {
        assertEquals(0, calendar.workingDaysBetween(d(2025, 4, 8), d(2025, 4, 8), Side.BODY));
        assertEquals(0, calendar.workingDaysBetween(d(2025, 4, 22), d(2025, 3, 28), Side.BODY));
        assertEquals(0, calendar.workingDaysBetween(d(2030, 1, 1), d(2020, 1, 1), Side.BODY));
        assertEquals(1, calendar.workingDaysBetween(d(2025, 4, 7), d(2025, 4, 8), Side.BODY));
    }

    @Test
    void settingsAreKept() {
        assertEquals(CalendarSettings.defaults(), calendar.settings());
        assertFalse(calendar.settings().cutiBersamaIsWorkingDay());
        assertTrue(cutiWorking.settings().cutiBersamaIsWorkingDay());
    }
}
