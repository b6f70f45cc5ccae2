package id.go.cilegon.ppid.request.service;

import id.go.cilegon.ppid.calendar.Explanation;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.request.config.DeadlineConfig;
import id.go.cilegon.ppid.request.domain.Deadlines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The legal dates of UU 14/2008 on the Indonesian working-day calendar, with the configured open points. */
@ApplicationScoped
public class DeadlinePolicy implements Deadlines {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    DeadlineConfig config;

    @Override
    public LocalDate answerDue(LocalDate receivedDate) {
        return explainAnswerDue(receivedDate).result();
    }

    /** The answer's due date with the days it skipped and why, for the receipt. */
    public Explanation explainAnswerDue(LocalDate receivedDate) {
        LocalDate countFrom = receivedDate;
        int days = config.answerWorkingDays();
        if (config.receiptDayCounts() && calendar.isWorkingDay(receivedDate)) {
            // The day of receipt is day 1: count the rest from the day before.
            countFrom = receivedDate.minusDays(1);
        }
        return calendar.explainAddWorkingDays(countFrom, days);
    }

    @Override
    public LocalDate extendedDue(LocalDate originalDue) {
        return calendar.addWorkingDays(originalDue, config.extensionWorkingDays());
    }

    /** The due date after an extension, explained. */
    public Explanation explainExtendedDue(LocalDate originalDue) {
        return calendar.explainAddWorkingDays(originalDue, config.extensionWorkingDays());
    }

    @Override
    public LocalDate unansweredAfter(LocalDate originalDue, LocalDate currentDue) {
        return switch (config.unansweredAfter()) {
            case DUE_DATE -> currentDue;
            case MAXIMUM -> extendedDue(originalDue);
        };
    }

    @Override
    public LocalDate objectionWindowEnd(LocalDate groundArose) {
        return calendar.addWorkingDays(groundArose, config.objectionWindowWorkingDays());
    }

    @Override
    public LocalDate objectionDecisionDue(LocalDate filedDate) {
        return calendar.addWorkingDays(filedDate, config.objectionDecisionWorkingDays());
    }

    @Override
    public LocalDate disputeWindowEnd(LocalDate objectionAnswered) {
        return calendar.addWorkingDays(objectionAnswered, config.disputeWindowWorkingDays());
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }
}
