package id.go.cilegon.ppid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
            assertEquals(d(2025, 4, 22), calendar.addWorkingDays(d(2025, 3, 28), 10));
        }

        /*
         * Cuti bersama as working days: off only 29-30 Mar, 31 Mar, 1 Apr, 5-6, 12-13 Apr.
         * 1=2 Apr Wed, 2=3, 3=4, 4=7 Mon, 5=8, 6=9, 7=10, 8=11, 9=14, 10=15 Apr Tue.
         */
        @Test
        void tenWorkingDaysWhenCutiBersamaAreWorkingDays() {
            assertEquals(d(2025, 4, 15), cutiWorking.addWorkingDays(d(2025, 3, 28), 10));
        }

        /* Continue from 10=22 Apr: 11=23, 12=24, 13=25, (26-27), 14=28, 15=29, 16=30, (1 May Hari Buruh), 17=2 May Fri. */
        @Test
        void seventeenWorkingDaysIsTheExtendedDeadline() {
            assertEquals(d(2025, 5, 2), calendar.addWorkingDays(d(2025, 3, 28), 17));
            // Extension is 7 WD counted from the original deadline: same day.
            assertEquals(d(2025, 5, 2), calendar.addWorkingDays(calendar.addWorkingDays(d(2025, 3, 28), 10), 7));
        }

        /*
         * Continue from 17=2 May Fri: (3-4), 18=5 Mon, 19=6, 20=7, 21=8, 22=9 Fri, (10-11), (12 Waisak, 13 cuti),
         * 23=14 Wed, 24=15, 25=16 Fri, (17-18), 26=19, 27=20, 28=21, 29=22, 30=23 May Fri.
         */
        @Test
        void thirtyWorkingDays() {
            assertEquals(d(2025, 5, 23), calendar.addWorkingDays(d(2025, 3, 28), 30));
        }

        @Test
        void workingDaysBetweenMatches() {
            assertEquals(10, calendar.workingDaysBetween(d(2025, 3, 28), d(2025, 4, 22)));
            assertEquals(9, calendar.workingDaysBetween(d(2025, 3, 28), d(2025, 4, 21)));
            // 28 Mar - 7 Apr holds no working day at all.
            assertEquals(0, calendar.workingDaysBetween(d(2025, 3, 28), d(2025, 4, 7)));
            assertEquals(4, cutiWorking.workingDaysBetween(d(2025, 3, 28), d(2025, 4, 7)));
        }

        @Test
        void classification() {
            assertFalse(calendar.isWorkingDay(d(2025, 3, 28)));
            assertTrue(cutiWorking.isWorkingDay(d(2025, 3, 28)));
            assertFalse(cutiWorking.isWorkingDay(d(2025, 3, 31)));
            assertEquals(Optional.of(new NonWorkingDay(d(2025, 3, 31), NonWorkingReason.HOLIDAY, Optional.of("Idul Fitri 1446 H"))),
                    calendar.nonWorkingDay(d(2025, 3, 31)));
            assertEquals(Optional.of(new NonWorkingDay(d(2025, 4, 2), NonWorkingReason.CUTI_BERSAMA,
                    Optional.of("Cuti Bersama Idul Fitri 1446 H"))), calendar.nonWorkingDay(d(2025, 4, 2)));
            // A holiday on a Saturday is reported as the holiday, so its name shows.
            assertEquals(NonWorkingReason.HOLIDAY, calendar.nonWorkingDay(d(2025, 3, 29)).orElseThrow().reason());
            assertEquals(NonWorkingReason.WEEKEND, calendar.nonWorkingDay(d(2025, 3, 30)).orElseThrow().reason());
            assertEquals(Optional.empty(), calendar.nonWorkingDay(d(2025, 4, 8)));
        }

        /* Back from 8 Apr: 7 cuti, 5-6 weekend, 2-4 cuti, 1 Apr + 31 Mar Idul Fitri, 29-30 weekend, 28 cuti -> Thu 27 Mar. */
        @Test
        void previousWorkingDay() {
            assertEquals(d(2025, 3, 27), calendar.previousWorkingDay(d(2025, 4, 8)));
            assertEquals(d(2025, 4, 7), cutiWorking.previousWorkingDay(d(2025, 4, 8)));
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
            assertEquals(d(2026, 4, 8), calendar.addWorkingDays(d(2026, 3, 17), 10));
        }

        /* Cuti working: off 19, 21, 22 Mar, 28-29. 1=18, 2=20, 3=23, 4=24, 5=25, 6=26, 7=27, 8=30, 9=31, 10=1 Apr. */
        @Test
        void tenWorkingDaysWhenCutiBersamaAreWorkingDays() {
            assertEquals(d(2026, 4, 1), cutiWorking.addWorkingDays(d(2026, 3, 17), 10));
        }

        /* From 10=8 Apr: 11=9, 12=10 Fri, (11-12), 13=13, 14=14, 15=15, 16=16, 17=17 Apr Fri. */
        @Test
        void seventeenWorkingDays() {
            assertEquals(d(2026, 4, 17), calendar.addWorkingDays(d(2026, 3, 17), 17));
        }

        /*
         * From 17=17 Apr Fri: 18=20, 19=21, 20=22, 21=23, 22=24 Fri, 23=27, 24=28, 25=29, 26=30 Thu,
         * (1 May Hari Buruh Fri, 2-3), 27=4 May, 28=5, 29=6, 30=7 May Thu.
         */
        @Test
        void thirtyWorkingDays() {
            assertEquals(d(2026, 5, 7), calendar.addWorkingDays(d(2026, 3, 17), 30));
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
            assertEquals(d(2026, 1, 8), calendar.addWorkingDays(d(2025, 12, 22), 10));
            assertEquals(10, calendar.workingDaysBetween(d(2025, 12, 22), d(2026, 1, 8)));
        }

        /* 26 Dec working: 1=23, 2=24, 3=26, 4=29, 5=30, 6=31, 7=2 Jan, 8=5, 9=6, 10=7 Jan 2026. */
        @Test
        void tenWorkingDaysCrossIntoNewYearWhenCutiBersamaAreWorkingDays() {
            assertEquals(d(2026, 1, 7), cutiWorking.addWorkingDays(d(2025, 12, 22), 10));
        }

        @Test
        void nextWorkingDayAfterChristmasEve() {
            // 25 Natal, 26 cuti, 27-28 weekend.
            assertEquals(d(2025, 12, 29), calendar.nextWorkingDay(d(2025, 12, 24)));
        }
    }

    @Nested
    class ReceiptOnNonWorkingDay {

        /* Sat 25 Jan 2025: 26 Sun, 27 Isra Mikraj, 28 cuti Imlek, 29 Imlek -> day 1 = Thu 30 Jan. */
        @Test
        void saturdayReceiptStartsCountingNextWorkingDay() {
            assertEquals(d(2025, 1, 30), calendar.addWorkingDays(d(2025, 1, 25), 1));
            assertEquals(d(2025, 1, 30), calendar.nextWorkingDay(d(2025, 1, 25)));
        }

        /* 1=30 Jan, 2=31 Fri, (1-2 Feb), 3=3, 4=4, 5=5, 6=6, 7=7 Fri, (8-9), 8=10, 9=11, 10=12 Feb Wed. */
        @Test
        void saturdayReceiptTenWorkingDays() {
            assertEquals(d(2025, 2, 12), calendar.addWorkingDays(d(2025, 1, 25), 10));
        }

        @Test
        void fridayBeforeTheSameHolidaysGivesTheSameDayOne() {
            assertEquals(d(2025, 1, 30), calendar.addWorkingDays(d(2025, 1, 24), 1));
        }

        /* Sun 17 Aug 2025 (Kemerdekaan), 18 Aug cuti (SKB 933/2025) -> Tue 19 Aug; cuti working -> Mon 18 Aug. */
        @Test
        void sundayHolidayReceipt() {
            assertEquals(d(2025, 8, 19), calendar.addWorkingDays(d(2025, 8, 17), 1));
            assertEquals(d(2025, 8, 18), cutiWorking.addWorkingDays(d(2025, 8, 17), 1));
        }

        /* Thu 25 Dec 2025 (Natal): 26 cuti, 27-28 -> Mon 29 Dec; cuti working -> Fri 26 Dec. */
        @Test
        void weekdayHolidayReceipt() {
            assertEquals(d(2025, 12, 29), calendar.addWorkingDays(d(2025, 12, 25), 1));
            assertEquals(d(2025, 12, 26), cutiWorking.addWorkingDays(d(2025, 12, 25), 1));
        }

        /* Mon 31 Mar 2025 (Idul Fitri): 1 Apr, 2-4 cuti, 5-6, 7 cuti -> Tue 8 Apr. */
        @Test
        void idulFitriReceipt() {
            assertEquals(d(2025, 4, 8), calendar.addWorkingDays(d(2025, 3, 31), 1));
        }
    }

    @Test
    void ordinaryJulyWeeks() {
        // Tue 1 Jul 2025, no holidays in July: 1=2, 2=3, 3=4, 4=7, 5=8, 6=9, 7=10, 8=11, 9=14, 10=15 Jul.
        assertEquals(d(2025, 7, 15), calendar.addWorkingDays(d(2025, 7, 1), 10));
    }

    @Nested
    class MissingData {

        /* Sun 20 Dec 2026: 1=21, 2=22, 3=23, (24 cuti, 25 Natal, 26-27), 4=28, 5=29, 6=30, 7=31, then 2027. */
        @Test
        void walkingInto2027Fails() {
            assertEquals(d(2026, 12, 31), calendar.addWorkingDays(d(2026, 12, 20), 7));
            MissingCalendarDataException e =
                    assertThrows(MissingCalendarDataException.class, () -> calendar.addWorkingDays(d(2026, 12, 20), 10));
            assertEquals(2027, e.year());
            assertTrue(e.getMessage().contains("2027.csv"), e.getMessage());
            assertTrue(e.getMessage().contains("loaded years: 2025, 2026"), e.getMessage());
            assertTrue(e.getMessage().contains("dataDirectory"), e.getMessage());
        }

        @Test
        void everyOperationRefusesUnknownYears() {
            assertEquals(2027, assertThrows(MissingCalendarDataException.class,
                    () -> calendar.nextWorkingDay(d(2026, 12, 31))).year());
            // Even a Saturday: without the data we cannot know about a moved holiday elsewhere, and callers
            // should learn about the gap on the first call, not on an unlucky one.
            assertEquals(2027, assertThrows(MissingCalendarDataException.class,
                    () -> calendar.isWorkingDay(d(2027, 1, 2))).year());
            assertEquals(2024, assertThrows(MissingCalendarDataException.class,
                    () -> calendar.isWorkingDay(d(2024, 6, 3))).year());
            assertEquals(2027, assertThrows(MissingCalendarDataException.class,
                    () -> calendar.workingDaysBetween(d(2026, 12, 30), d(2027, 1, 4))).year());
            assertEquals(2024, assertThrows(MissingCalendarDataException.class,
                    () -> calendar.previousWorkingDay(d(2025, 1, 2))).year());
            assertEquals(2027, assertThrows(MissingCalendarDataException.class,
                    () -> calendar.explainAddWorkingDays(d(2026, 12, 20), 10)).year());
            assertEquals(2030, assertThrows(MissingCalendarDataException.class,
                    () -> calendar.entries(2030)).year());
        }

        /* The start day is never classified, so its year needs no data: 31 Dec 2024 + 1 = Thu 2 Jan 2025. */
        @Test
        void startInUnknownYearIsFine() {
            assertEquals(d(2025, 1, 2), calendar.addWorkingDays(d(2024, 12, 31), 1));
        }
    }

    @Test
    void zeroOrNegativeWorkingDaysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d(2025, 3, 28), 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d(2025, 3, 28), -1));
        assertThrows(IllegalArgumentException.class, () -> calendar.explainAddWorkingDays(d(2025, 3, 28), 0));
    }

    @Test
    void workingDaysBetweenEmptyOrReversedRangeIsZero() {
        assertEquals(0, calendar.workingDaysBetween(d(2025, 4, 8), d(2025, 4, 8)));
        assertEquals(0, calendar.workingDaysBetween(d(2025, 4, 22), d(2025, 3, 28)));
        // No day is examined, so even years without data give 0 rather than an exception.
        assertEquals(0, calendar.workingDaysBetween(d(2030, 1, 1), d(2020, 1, 1)));
        assertEquals(1, calendar.workingDaysBetween(d(2025, 4, 7), d(2025, 4, 8)));
    }

    @Test
    void settingsAreKept() {
        assertEquals(CalendarSettings.defaults(), calendar.settings());
        assertFalse(calendar.settings().cutiBersamaIsWorkingDay());
        assertTrue(cutiWorking.settings().cutiBersamaIsWorkingDay());
    }
}
