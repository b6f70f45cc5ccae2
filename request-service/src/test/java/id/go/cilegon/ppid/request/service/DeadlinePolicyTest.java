package id.go.cilegon.ppid.request.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.request.config.DeadlineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The settings for DOMAIN.md's open points change the dates as documented. */
class DeadlinePolicyTest {

    private static DeadlinePolicy policy(boolean receiptDayCounts, DeadlineConfig.UnansweredAfter unansweredAfter) {
        return policy(WorkingDayCalendar.standard(), receiptDayCounts, unansweredAfter);
    }

    private static DeadlinePolicy policy(
            WorkingDayCalendar calendar, boolean receiptDayCounts, DeadlineConfig.UnansweredAfter unansweredAfter) {
        DeadlinePolicy policy = new DeadlinePolicy();
        policy.live = new LiveCalendar(calendar);
        policy.config = new DeadlineConfig() {
            public int answerWorkingDays() {
                return 10;
            }

            public int extensionWorkingDays() {
                return 7;
            }

            public int objectionWindowWorkingDays() {
                return 30;
            }

            public int objectionDecisionWorkingDays() {
                return 30;
            }

            public int disputeWindowWorkingDays() {
                return 14;
            }

            public boolean receiptDayCounts() {
                return receiptDayCounts;
            }

            public UnansweredAfter unansweredAfter() {
                return unansweredAfter;
            }
        };
        return policy;
    }

    @Test
    void receiptDayIsDayOneOnlyWhenConfiguredAndOnlyOnAWorkingDay() {
        // Monday 2 November 2026 + 10 working days = Monday 16 November; counting the Monday itself, Friday 13.
        LocalDate monday = LocalDate.of(2026, 11, 2);
        assertEquals(
                LocalDate.of(2026, 11, 16),
                policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE).answerDue(monday, Side.BODY));
        assertEquals(
                LocalDate.of(2026, 11, 13),
                policy(true, DeadlineConfig.UnansweredAfter.DUE_DATE).answerDue(monday, Side.BODY));
        // Received on Saturday 7 November: the receipt day is not a working day, so nothing changes.
        LocalDate saturday = LocalDate.of(2026, 11, 7);
        assertEquals(
                policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE).answerDue(saturday, Side.BODY),
                policy(true, DeadlineConfig.UnansweredAfter.DUE_DATE).answerDue(saturday, Side.BODY));
    }

    @Test
    void unansweredGroundsArisePerTheConfiguredReading() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        // Not extended: after day 10 (16 November) by default, after day 17 (25 November) under MAXIMUM.
        assertEquals(
                LocalDate.of(2026, 11, 16),
                policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE).unansweredAfter(monday, null, Side.BODY));
        assertEquals(
                LocalDate.of(2026, 11, 25),
                policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE).unansweredAfter(monday, 7, Side.BODY));
        assertEquals(
                LocalDate.of(2026, 11, 25),
                policy(false, DeadlineConfig.UnansweredAfter.MAXIMUM).unansweredAfter(monday, null, Side.BODY));
    }

    /*
     * 2027 has no decree loaded (its bundled list is only candidates). Received Mon 21 Dec 2026: 1=22, 2=23, (24 cuti,
     * 25 Natal, 26-27), 3=28, 4=29, 5=30, 6=31, (1 Jan certain, 2-3), 7=4 Jan. Body: 8=5 (Isra Mikraj is only a
     * candidate), 9=6, 10=7 Jan. Applicant side (5, 6 and 8 Jan are candidates): 8=7 Jan, (8, 9-10), 9=11, 10=12 Jan.
     */
    @Test
    void aYearWithoutItsDecreeGivesTheBodyTheEarliestAndTheApplicantTheLatestDate() {
        DeadlinePolicy policy = policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE);
        LocalDate received = LocalDate.of(2026, 12, 21);
        assertEquals(LocalDate.of(2027, 1, 7), policy.answerDue(received, Side.BODY));
        assertEquals(LocalDate.of(2027, 1, 12), policy.answerDue(received, Side.APPLICANT));
        // Ground c arises after 7 January; it is found the working day after the latest plausible due date (12
        // January), and the window runs from then.
        assertEquals(
                policy.objectionWindowEnd(policy.calendar().nextWorkingDay(LocalDate.of(2027, 1, 12), Side.APPLICANT)),
                policy.unansweredObjectionDeadline(received, null));
        assertTrue(policy.explainAnswerDue(received, Side.BODY).provisional());
        assertTrue(policy.explainAnswerDue(received, Side.BODY).indonesian().contains("perkiraan"));
        assertFalse(
                policy.explainAnswerDue(LocalDate.of(2026, 11, 2), Side.BODY).provisional());
    }

    @Test
    void explanationNamesTheSkippedHolidays() {
        var explanation = policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE)
                .explainAnswerDue(LocalDate.of(2026, 3, 13), Side.BODY);
        assertEquals(LocalDate.of(2026, 4, 6), explanation.result());
        assertTrue(explanation.indonesian().contains("Nyepi"), explanation.indonesian());
    }

    /**
     * DOMAIN.md's transcription of the 2027 decree, in each of its two readings, taken as if it were the signed one:
     * with 2027 still provisional, no body's date may be later and no applicant's date earlier than with it.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void estimatesNeverFavourTheBodyOverAnOfficial2027(boolean otherReadings, @TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("2027.csv"),
                String.join(
                        "\n",
                        "# source: test fixture, DOMAIN.md's 2027 transcription"
                                + (otherReadings ? " (other readings)" : ""),
                        "# version: test",
                        "2027-01-01,HOLIDAY,Tahun Baru",
                        otherReadings ? "2027-01-08,HOLIDAY,Isra Mikraj" : "2027-01-05,HOLIDAY,Isra Mikraj",
                        otherReadings ? "2027-02-08,CUTI_BERSAMA,Cuti Imlek" : "2027-02-05,CUTI_BERSAMA,Cuti Imlek",
                        "2027-02-06,HOLIDAY,Imlek",
                        otherReadings ? "2027-03-09,HOLIDAY,Nyepi" : "2027-03-08,HOLIDAY,Nyepi",
                        otherReadings
                                ? "2027-03-08,CUTI_BERSAMA,Cuti Idul Fitri"
                                : "2027-03-09,CUTI_BERSAMA,Cuti Idul Fitri",
                        "2027-03-10,HOLIDAY,Idul Fitri",
                        "2027-03-11,HOLIDAY,Idul Fitri",
                        "2027-03-12,CUTI_BERSAMA,Cuti",
                        "2027-03-15,CUTI_BERSAMA,Cuti",
                        "2027-03-16,CUTI_BERSAMA,Cuti",
                        "2027-03-25,CUTI_BERSAMA,Cuti",
                        "2027-03-26,HOLIDAY,Wafat Yesus Kristus",
                        "2027-03-28,HOLIDAY,Paskah",
                        "2027-05-01,HOLIDAY,Hari Buruh",
                        "2027-05-06,HOLIDAY,Kenaikan",
                        "2027-05-07,CUTI_BERSAMA,Cuti Kenaikan",
                        otherReadings ? "2027-05-17,HOLIDAY,Idul Adha" : "2027-05-16,HOLIDAY,Idul Adha",
                        "2027-05-18,CUTI_BERSAMA,Cuti Idul Adha",
                        "2027-05-19,CUTI_BERSAMA,Cuti Idul Adha",
                        "2027-05-20,HOLIDAY,Waisak",
                        "2027-06-01,HOLIDAY,Pancasila",
                        otherReadings ? "2027-06-06,HOLIDAY,Tahun Baru Islam" : "2027-06-05,HOLIDAY,Tahun Baru Islam",
                        "2027-08-15,HOLIDAY,Maulid",
                        "2027-08-17,HOLIDAY,Kemerdekaan",
                        "2027-12-24,CUTI_BERSAMA,Cuti Natal",
                        "2027-12-25,HOLIDAY,Natal",
                        "2027-12-26,HOLIDAY,Isra Mikraj 1449"));
        DeadlinePolicy estimated = policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE);
        DeadlinePolicy official =
                policy(WorkingDayCalendar.withDataDirectory(dir), false, DeadlineConfig.UnansweredAfter.DUE_DATE);
        for (LocalDate day = LocalDate.of(2026, 11, 2); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
            String at = day.toString();
            assertFalse(estimated.answerDue(day, Side.BODY).isAfter(official.answerDue(day, Side.BODY)), at);
            LocalDate due = official.answerDue(day, Side.BODY);
            assertFalse(estimated.extendedDue(due, 7, Side.BODY).isAfter(official.extendedDue(due, 7, Side.BODY)), at);
            assertFalse(
                    estimated
                            .objectionDecisionDue(day, Side.BODY)
                            .isAfter(official.objectionDecisionDue(day, Side.BODY)),
                    at);
            assertFalse(estimated.answerDue(day, Side.APPLICANT).isBefore(official.answerDue(day, Side.BODY)), at);
            assertFalse(estimated.objectionWindowEnd(day).isBefore(official.objectionWindowEnd(day)), at);
            assertFalse(estimated.disputeWindowEnd(day).isBefore(official.disputeWindowEnd(day)), at);
            assertFalse(
                    estimated
                            .unansweredObjectionDeadline(day, null)
                            .isBefore(official.unansweredObjectionDeadline(day, null)),
                    at);
            assertFalse(
                    estimated
                            .unansweredObjectionDeadline(day, 7)
                            .isBefore(official.unansweredObjectionDeadline(day, 7)),
                    at);
        }
    }
}
