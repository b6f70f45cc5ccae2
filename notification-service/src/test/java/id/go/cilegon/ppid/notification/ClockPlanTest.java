package id.go.cilegon.ppid.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.domain.ReminderStep;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import id.go.cilegon.ppid.notification.messaging.Requests;
import id.go.cilegon.ppid.notification.service.Clocks;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.TestClock;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The ladder a clock plans, written as one multi-row insert: every rung becomes one {@code sla_step} row with its
 * fire date and status (pending, skipped when planned late, planned on the body's side in a year without its decree);
 * moving the due date cancels the old rows and plans new ones, and moving it back brings the cancelled rows back.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class ClockPlanTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard();

    @Inject
    TestClock clock;

    @Inject
    Clocks clocks;

    @Inject
    Requests requests;

    /** The answer ladder of application.properties: remind 3, 1, 0 before; escalate +1 and +3; tell the applicant +1. */
    private static Set<String> answerLadder(LocalDate due, String status) {
        return Set.of(
                row(-3, "REMIND", "ASSIGNEE", before(due, 3), status),
                row(-1, "REMIND", "ASSIGNEE", before(due, 1), status),
                row(0, "REMIND", "ASSIGNEE", due, status),
                row(1, "ESCALATE", "PPID_MAIN", CALENDAR.addWorkingDays(due, 1, Side.BODY), status),
                row(3, "ESCALATE", "PPID_SUPERIOR", CALENDAR.addWorkingDays(due, 3, Side.BODY), status),
                row(1, "DEADLINE_PASSED", "APPLICANT", CALENDAR.addWorkingDays(due, 1, Side.BODY), status));
    }

    @Test
    void theAnswerClockPlansItsWholeLadderAndMovingTheDueDateBackRevivesTheCancelledRows() {
        LocalDate received = LocalDate.of(2026, 7, 1);
        LocalDate due = LocalDate.of(2026, 7, 15);
        LocalDate extended = LocalDate.of(2026, 7, 24);
        UUID requestId = UUID.randomUUID();
        clock.officeHours(received);

        start(requestId, due, received);
        assertEquals(answerLadder(due, "PENDING"), rows(requestId, due));

        start(requestId, extended, received);
        assertEquals(answerLadder(due, "CANCELLED"), rows(requestId, due));
        assertEquals(answerLadder(extended, "PENDING"), rows(requestId, extended));

        // Back to the first date: the same six rows, pending again (ON CONFLICT ... WHERE status = 'CANCELLED').
        start(requestId, due, received);
        assertEquals(answerLadder(due, "PENDING"), rows(requestId, due));
        assertEquals(answerLadder(extended, "CANCELLED"), rows(requestId, extended));
        assertEquals(12, steps(requestId).size());
    }

    @Test
    void aLadderPlannedLateIsSkippedAndOneReachingAYearWithoutItsDecreeIsPlannedOnTheBodysSide() {
        UUID late = UUID.randomUUID();
        LocalDate due = LocalDate.of(2026, 3, 16);
        clock.officeHours(LocalDate.of(2026, 6, 1));
        start(late, due, LocalDate.of(2026, 3, 2));
        Set<String> skipped = rows(late, due);
        assertEquals(answerLadder(due, "SKIPPED"), skipped);
        assertTrue(steps(late).stream().allMatch(s -> "date had passed when planned".equals(s.note)));

        // Due on the last working day of 2026: the overdue rungs fall in 2027, whose decree is not loaded. They are
        // planned all the same, counting only the certain days off (the body's deadline): 1 January is certain,
        // 5 January (Isra Mikraj) only a candidate, so +1 is Monday 4 and +3 Wednesday 6 January.
        UUID yearEnd = UUID.randomUUID();
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        clock.officeHours(LocalDate.of(2026, 12, 14));
        start(yearEnd, lastDay, LocalDate.of(2026, 12, 14));
        assertEquals(
                Set.of(
                        row(-3, "REMIND", "ASSIGNEE", LocalDate.of(2026, 12, 28), "PENDING"),
                        row(-1, "REMIND", "ASSIGNEE", LocalDate.of(2026, 12, 30), "PENDING"),
                        row(0, "REMIND", "ASSIGNEE", lastDay, "PENDING"),
                        row(1, "ESCALATE", "PPID_MAIN", LocalDate.of(2027, 1, 4), "PENDING"),
                        row(3, "ESCALATE", "PPID_SUPERIOR", LocalDate.of(2027, 1, 6), "PENDING"),
                        row(1, "DEADLINE_PASSED", "APPLICANT", LocalDate.of(2027, 1, 4), "PENDING")),
                rows(yearEnd, lastDay));
    }

    private void start(UUID requestId, LocalDate due, LocalDate received) {
        QuarkusTransaction.requiringNew().run(() -> {
            TrackedRequest request = requests.lock(requestId, clock.instant());
            if (request.originalDueDate == null) {
                request.originalDueDate = due;
            }
            clocks.start(request, SlaClock.ANSWER, due, received);
        });
    }

    private static List<ReminderStep> steps(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> ReminderStep.<ReminderStep>list("requestId", requestId));
    }

    private static Set<String> rows(UUID requestId, LocalDate due) {
        return steps(requestId).stream()
                .filter(s -> s.dueDate.equals(due))
                .map(s -> row(s.offsetDays, s.action.name(), s.target.name(), s.fireOn, s.status.name()))
                .collect(Collectors.toSet());
    }

    private static String row(int offset, String action, String recipient, LocalDate fireOn, String status) {
        return offset + " " + action + " " + recipient + " " + fireOn + " " + status;
    }

    private static LocalDate before(LocalDate due, int workingDays) {
        LocalDate date = due;
        for (int i = 0; i < workingDays; i++) {
            date = CALENDAR.previousWorkingDay(date, Side.BODY);
        }
        return date;
    }
}
