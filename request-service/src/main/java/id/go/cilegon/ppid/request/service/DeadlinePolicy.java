package id.go.cilegon.ppid.request.service;

import id.go.cilegon.ppid.calendar.Explanation;
import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import id.go.cilegon.ppid.request.config.DeadlineConfig;
import id.go.cilegon.ppid.request.domain.Deadlines;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The legal dates of UU 14/2008 on the Indonesian working-day calendar, with the configured open points. A date that
 * crosses a year without a loaded decree is an estimate on the side that never harms the applicant ({@link Side}).
 */
@ApplicationScoped
public class DeadlinePolicy implements Deadlines {

    @Inject
    LiveCalendar live;

    @Inject
    DeadlineConfig config;

    /** Set on a policy bound to one calendar ({@link #on}); null: the live calendar as of each call. */
    private WorkingDayCalendar fixed;

    /** The calendar this policy counts on: its fixed snapshot, or the live calendar as of now. */
    public WorkingDayCalendar calendar() {
        return fixed != null ? fixed : live.current();
    }

    /**
     * This policy bound to one calendar, so that every date of a computation that spans several calls (a
     * recalculation, a view) comes from the same version of each year.
     */
    public DeadlinePolicy on(WorkingDayCalendar calendar) {
        DeadlinePolicy bound = new DeadlinePolicy();
        bound.config = config;
        bound.live = live;
        bound.fixed = calendar;
        return bound;
    }

    @Override
    public LocalDate answerDue(LocalDate receivedDate, Side side) {
        return explainAnswerDue(receivedDate, side).result();
    }

    /** The answer's due date with the days it skipped and why, for the receipt. */
    public Explanation explainAnswerDue(LocalDate receivedDate, Side side) {
        LocalDate countFrom = receivedDate;
        int days = config.answerWorkingDays();
        if (config.receiptDayCounts() && calendar().isWorkingDay(receivedDate, side)) {
            // The day of receipt is day 1: count the rest from the day before.
            countFrom = receivedDate.minusDays(1);
        }
        return calendar().explainAddWorkingDays(countFrom, days, side);
    }

    @Override
    public LocalDate extendedDue(LocalDate originalDue, int workingDays, Side side) {
        return explainExtendedDue(originalDue, workingDays, side).result();
    }

    /** The due date after an extension of {@code workingDays}, explained. */
    public Explanation explainExtendedDue(LocalDate originalDue, int workingDays, Side side) {
        return calendar().explainAddWorkingDays(originalDue, workingDays, side);
    }

    @Override
    public int maxExtensionWorkingDays() {
        return config.extensionWorkingDays();
    }

    @Override
    public LocalDate unansweredAfter(LocalDate receivedDate, Integer extensionDays, Side side) {
        LocalDate original = answerDue(receivedDate, side);
        return switch (config.unansweredAfter()) {
            case DUE_DATE -> extensionDays == null ? original : extendedDue(original, extensionDays, side);
            case MAXIMUM -> extendedDue(original, maxExtensionWorkingDays(), side);
        };
    }

    @Override
    public LocalDate unansweredObjectionDeadline(LocalDate receivedDate, Integer extensionDays) {
        // Pasal 35-36(1): the grounds are found the first working day after the deadline; the window runs from then.
        LocalDate found =
                calendar().nextWorkingDay(unansweredAfter(receivedDate, extensionDays, Side.APPLICANT), Side.APPLICANT);
        return objectionWindowEnd(found);
    }

    @Override
    public LocalDate objectionWindowEnd(LocalDate groundArose) {
        return calendar().addWorkingDays(groundArose, config.objectionWindowWorkingDays(), Side.APPLICANT);
    }

    @Override
    public LocalDate objectionDecisionDue(LocalDate filedDate, Side side) {
        return calendar().addWorkingDays(filedDate, config.objectionDecisionWorkingDays(), side);
    }

    @Override
    public LocalDate unansweredDisputeDeadline(LocalDate objectionFiled) {
        LocalDate opens =
                calendar().nextWorkingDay(objectionDecisionDue(objectionFiled, Side.APPLICANT), Side.APPLICANT);
        return disputeWindowEnd(opens);
    }

    @Override
    public LocalDate disputeWindowEnd(LocalDate objectionAnswered) {
        return calendar().addWorkingDays(objectionAnswered, config.disputeWindowWorkingDays(), Side.APPLICANT);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to, Side.BODY);
    }

    /**
     * The request's dates that are estimates, by the name the API gives them, with the provisional years they cross;
     * empty when every date is final.
     */
    public Estimates provisionalDates(InformationRequest request) {
        Estimates dates = estimates().date("dueDate", request.receivedDate(), request.dueDate());
        if (request.extendedAt() != null) {
            dates.date("previousDueDate", request.receivedDate(), request.originalDueDate());
        }
        if (request.decidedDate() == null) {
            dates.date("unansweredObjectionDeadline", request.receivedDate(), request.unansweredObjectionDeadline());
        }
        return dates.date("objectionDeadline", request.decidedDate(), request.objectionDeadline())
                .date("decisionDueDate", request.objectionFiledDate(), request.objectionDueDate())
                .date(
                        "unansweredDisputeDeadline",
                        request.objectionOutcome() == null ? request.objectionFiledDate() : null,
                        request.unansweredDisputeDeadline())
                .date(
                        "disputeDeadline",
                        request.objectionDecidedDate() != null
                                ? request.objectionDecidedDate()
                                : request.objectionFiledDate(),
                        request.disputeDeadline());
    }

    /** A new, empty list of estimated dates. */
    public Estimates estimates() {
        return new Estimates();
    }

    /** Collects which dates are estimates: a date counted from {@code from} to {@code to} through a provisional year. */
    public final class Estimates {

        private final Map<String, List<Integer>> dates = new LinkedHashMap<>();

        private Estimates() {}

        /** Notes {@code name} if the date counted from {@code from} to {@code to} is an estimate; nulls are skipped. */
        public Estimates date(String name, LocalDate from, LocalDate to) {
            if (from != null && to != null) {
                List<Integer> years = calendar().provisionalYears(from, to);
                if (!years.isEmpty()) {
                    dates.put(name, years);
                }
            }
            return this;
        }

        public boolean isEmpty() {
            return dates.isEmpty();
        }

        /** The names of the estimated dates, in the order noted. */
        public List<String> names() {
            return List.copyOf(dates.keySet());
        }

        /** The provisional years they cross, ascending. */
        public List<Integer> years() {
            TreeSet<Integer> years = new TreeSet<>();
            dates.values().forEach(years::addAll);
            return List.copyOf(years);
        }

        /** As an event field: null when every date is final. */
        public ProvisionalDates forEvent() {
            return dates.isEmpty() ? null : new ProvisionalDates(names(), years());
        }
    }
}
