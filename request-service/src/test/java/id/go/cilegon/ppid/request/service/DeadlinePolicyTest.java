package id.go.cilegon.ppid.request.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.request.config.DeadlineConfig;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The settings for DOMAIN.md's open points change the dates as documented. */
class DeadlinePolicyTest {

    private static DeadlinePolicy policy(boolean receiptDayCounts, DeadlineConfig.UnansweredAfter unansweredAfter) {
        DeadlinePolicy policy = new DeadlinePolicy();
        policy.calendar = WorkingDayCalendar.standard();
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
        assertEquals(LocalDate.of(2026, 11, 16), policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE).answerDue(monday));
        assertEquals(LocalDate.of(2026, 11, 13), policy(true, DeadlineConfig.UnansweredAfter.DUE_DATE).answerDue(monday));
        // Received on Saturday 7 November: the receipt day is not a working day, so nothing changes.
        LocalDate saturday = LocalDate.of(2026, 11, 7);
        assertEquals(policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE).answerDue(saturday),
                policy(true, DeadlineConfig.UnansweredAfter.DUE_DATE).answerDue(saturday));
    }

    @Test
    void unansweredGroundsArisePerTheConfiguredReading() {
        LocalDate originalDue = LocalDate.of(2026, 11, 16);
        // Not extended: after day 10 by default, after day 17 (25 November) under MAXIMUM.
        assertEquals(originalDue,
                policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE).unansweredAfter(originalDue, originalDue));
        assertEquals(LocalDate.of(2026, 11, 25),
                policy(false, DeadlineConfig.UnansweredAfter.MAXIMUM).unansweredAfter(originalDue, originalDue));
    }

    @Test
    void explanationNamesTheSkippedHolidays() {
        var explanation = policy(false, DeadlineConfig.UnansweredAfter.DUE_DATE)
                .explainAnswerDue(LocalDate.of(2026, 3, 13));
        assertEquals(LocalDate.of(2026, 4, 6), explanation.result());
        assertTrue(explanation.indonesian().contains("Nyepi"), explanation.indonesian());
    }
}
