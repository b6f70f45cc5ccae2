package id.go.cilegon.ppid.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Property-style checks over every start date of 2025: the operations must agree with each other. */
class ConsistencyTest {

    @ParameterizedTest(name = "cutiBersamaIsWorkingDay={0}")
    @ValueSource(booleans = {false, true})
    void addWorkingDaysAndWorkingDaysBetweenAgree(boolean cutiBersamaIsWorkingDay) {
        WorkingDayCalendar calendar = WorkingDayCalendar.create(
                CalendarSettings.defaults().withCutiBersamaIsWorkingDay(cutiBersamaIsWorkingDay));
        for (LocalDate start = LocalDate.of(2025, 1, 1); start.getYear() == 2025; start = start.plusDays(1)) {
            for (int n = 1; n <= 30; n++) {
                LocalDate end = calendar.addWorkingDays(start, n, Side.BODY);
                String where = start + " + " + n + " = " + end;
                assertTrue(end.isAfter(start), where);
                assertTrue(calendar.isWorkingDay(end, Side.BODY), where);
                assertEquals(n, calendar.workingDaysBetween(start, end, Side.BODY), where);
                // The result is the first day reaching n: one day earlier only n - 1 have elapsed.
                assertEquals(n - 1, calendar.workingDaysBetween(start, end.minusDays(1), Side.BODY), where);
                assertEquals(
                        calendar.addWorkingDays(calendar.addWorkingDays(start, 1, Side.BODY), n, Side.BODY),
                        calendar.addWorkingDays(start, n + 1, Side.BODY),
                        where);
                int skipped = calendar.explainAddWorkingDays(start, n, Side.BODY)
                        .skipped()
                        .size();
                assertEquals(end.toEpochDay() - start.toEpochDay(), n + skipped, where);
            }
            if (calendar.isWorkingDay(start, Side.BODY)) {
                assertEquals(
                        start,
                        calendar.previousWorkingDay(calendar.nextWorkingDay(start, Side.BODY), Side.BODY),
                        start.toString());
            }
        }
    }
}
