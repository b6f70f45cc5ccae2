package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.domain.Deadline;
import id.go.cilegon.ppid.notification.domain.ReminderStep;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Starts, moves and stops the SLA clocks of a request and plans each clock's reminder ladder. Callers hold the
 * request's row lock (see {@code TrackedRequest}), which keeps the sweep and the consumers from deadlocking.
 */
@ApplicationScoped
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    @Inject
    EntityManager em;

    @Inject
    LiveCalendar live;

    @Inject
    Ladder ladder;

    @Inject
    Clock clock;

    private final Map<Integer, String> insertSql = new ConcurrentHashMap<>();

    /** Starts {@code slaClock} or moves its due date, and plans its ladder anew. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Deadline start(TrackedRequest request, SlaClock slaClock, LocalDate dueDate, LocalDate startedOn) {
        Instant now = clock.instant();
        Deadline deadline = Deadline.of(request.requestId, slaClock).orElse(null);
        boolean created = deadline == null;
        if (created) {
            deadline = new Deadline();
            deadline.requestId = request.requestId;
            deadline.clock = slaClock;
            deadline.startedOn = startedOn;
        } else if (deadline.state == Deadline.State.RUNNING && dueDate.equals(deadline.dueDate)) {
            return deadline;
        }
        deadline.dueDate = dueDate;
        deadline.state = Deadline.State.RUNNING;
        deadline.stoppedAt = null;
        deadline.stopReason = null;
        deadline.updatedAt = now;
        if (created) {
            deadline.persist();
        } else {
            cancelPending(request.requestId, slaClock, "due date moved to " + dueDate);
        }
        plan(request, deadline);
        LOG.infof("Request %s: %s clock runs until %s", request.requestId, slaClock, dueDate);
        return deadline;
    }

    /** Stops a running clock (its step happened) and cancels its pending reminders. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(UUID requestId, SlaClock slaClock, String reason) {
        Deadline.of(requestId, slaClock)
                .filter(d -> d.state == Deadline.State.RUNNING)
                .ifPresent(deadline -> {
                    deadline.state = Deadline.State.STOPPED;
                    deadline.stoppedAt = clock.instant();
                    deadline.stopReason = reason;
                    deadline.updatedAt = deadline.stoppedAt;
                    cancelPending(requestId, slaClock, reason);
                    LOG.infof("Request %s: %s clock stopped (%s)", requestId, slaClock, reason);
                });
    }

    /** Stops every running clock of a request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stopAll(UUID requestId, String reason) {
        for (SlaClock slaClock : SlaClock.values()) {
            stop(requestId, slaClock, reason);
        }
    }

    /** Marks an applicant's window as closed unused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expire(Deadline deadline) {
        deadline.state = Deadline.State.EXPIRED;
        deadline.stoppedAt = clock.instant();
        deadline.stopReason = "window closed";
        deadline.updatedAt = deadline.stoppedAt;
    }

    /**
     * Repairs the steps an older version left behind when a date fell in a year without calendar data: those never
     * planned ({@code NO_CALENDAR}) get their date, those that failed for it ({@code ERROR}) are tried again. The
     * calendar now estimates such a year, so neither happens any more; a "deadline passed" message that failed must
     * still reach the applicant, late rather than never.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int repairCalendarGaps() {
        List<ReminderStep> waiting = ReminderStep.list(
                "status = ?1 or (status = ?2 and note like ?3)",
                ReminderStep.Status.NO_CALENDAR,
                ReminderStep.Status.ERROR,
                NO_CALENDAR_NOTE + "%");
        for (ReminderStep step : waiting) {
            if (step.status == ReminderStep.Status.NO_CALENDAR) {
                step.fireOn = fireDate(step.clock, step.dueDate, step.offsetDays);
            }
            step.status = ReminderStep.Status.PENDING;
            step.note = null;
        }
        return waiting.size();
    }

    /** How the notes of steps that an older version could not plan or fire for want of calendar data begin. */
    static final String NO_CALENDAR_NOTE = "no working-day calendar for ";

    /**
     * Whose period a clock measures: the body's deadlines count only certain days off in a year without a decree
     * (the earliest plausible date), the applicant's windows every candidate (the latest).
     */
    public static Side side(SlaClock slaClock) {
        return switch (slaClock) {
            case ANSWER, OBJECTION_DECISION -> Side.BODY;
            case OBJECTION_WINDOW, DISPUTE_WINDOW -> Side.APPLICANT;
        };
    }

    /** The date a rung of {@code slaClock} fires: {@code offset} working days from {@code due} (before it when negative). */
    public LocalDate fireDate(SlaClock slaClock, LocalDate due, int offset) {
        Side side = side(slaClock);
        if (offset == 0) {
            return due;
        }
        if (offset > 0) {
            return live.current().addWorkingDays(due, offset, side);
        }
        LocalDate date = due;
        for (int i = 0; i < -offset; i++) {
            date = live.current().previousWorkingDay(date, side);
        }
        return date;
    }

    /** Working days from {@code from} to {@code to} on the side of {@code slaClock}, as a reminder states them. */
    public int workingDaysBetween(SlaClock slaClock, LocalDate from, LocalDate to) {
        return live.current().workingDaysBetween(from, to, side(slaClock));
    }

    /** The years without a loaded decree that a date counted from {@code from} to {@code to} crosses. */
    public List<Integer> provisionalYears(LocalDate from, LocalDate to) {
        return from == null || to == null ? List.of() : live.current().provisionalYears(from, to);
    }

    private void plan(TrackedRequest request, Deadline deadline) {
        LocalDate today = LegalTime.toLegalDate(clock.instant());
        boolean extended = request.originalDueDate != null && !request.originalDueDate.equals(deadline.dueDate);
        // Keyed like the table's unique constraint, first rung first: a second rung with the same key would have
        // been a no-op as its own insert, and inside one statement it would make ON CONFLICT fail.
        Map<List<Object>, PlannedStep> steps = new LinkedHashMap<>();
        for (Ladder.Rung rung : ladder.of(deadline.clock)) {
            int offset = rung.action() == ReminderStep.Action.DEADLINE_PASSED
                    ? ladder.deadlinePassedOffset(extended)
                    : rung.offset();
            LocalDate fireOn = fireDate(deadline.clock, deadline.dueDate, offset);
            ReminderStep.Status status = ReminderStep.Status.PENDING;
            String note = null;
            // Planned after its date (a replay of old events, a late event): never send stale reminders.
            if (fireOn.isBefore(today) && rung.action() != ReminderStep.Action.WINDOW_EXPIRED) {
                status = ReminderStep.Status.SKIPPED;
                note = "date had passed when planned";
            }
            steps.putIfAbsent(
                    List.of(offset, rung.action(), rung.target()), new PlannedStep(offset, rung, fireOn, status, note));
        }
        if (steps.isEmpty()) {
            return;
        }
        // The whole ladder in one statement: one round trip instead of one per rung (sla_step ids are IDENTITY,
        // so Hibernate could not batch separate inserts). Each row behaves as its own insert did: new, or back to
        // life when the same step was cancelled before (the due date moved away and back), else left alone.
        Query insert = em.createNativeQuery(insertSql(steps.size()));
        int p = 1;
        for (PlannedStep step : steps.values()) {
            insert.setParameter(p++, request.requestId)
                    .setParameter(p++, deadline.clock.name())
                    .setParameter(p++, deadline.dueDate)
                    .setParameter(p++, step.offset())
                    .setParameter(p++, step.rung().action().name())
                    .setParameter(p++, step.rung().target().name())
                    .setParameter(p++, step.fireOn())
                    .setParameter(p++, step.status().name())
                    .setParameter(p++, step.note());
        }
        insert.executeUpdate();
    }

    /** One planned rung of a ladder, before it is written. */
    private record PlannedStep(
            int offset, Ladder.Rung rung, LocalDate fireOn, ReminderStep.Status status, String note) {}

    /** The insert of {@code rows} steps; the same text for the same count, so the driver reuses its statement. */
    private String insertSql(int rows) {
        return insertSql.computeIfAbsent(rows, n -> {
            StringBuilder sql = new StringBuilder("insert into sla_step (request_id, clock, due_date, offset_days, "
                    + "action, recipient, fire_on, status, note) values ");
            for (int row = 0; row < n; row++) {
                int first = row * 9 + 1;
                sql.append(row == 0 ? "(" : ", (");
                for (int column = 0; column < 9; column++) {
                    sql.append(column == 0 ? "?" : ", ?").append(first + column);
                }
                sql.append(')');
            }
            return sql.append("""
                     on conflict (request_id, clock, due_date, offset_days, action, recipient) do update
                    set status = excluded.status, fire_on = excluded.fire_on, note = excluded.note
                    where sla_step.status = 'CANCELLED'""").toString();
        });
    }

    private void cancelPending(UUID requestId, SlaClock slaClock, String reason) {
        em.createNativeQuery("""
                update sla_step set status = 'CANCELLED', note = ?3
                where request_id = ?1 and clock = ?2 and status in ('PENDING', 'NO_CALENDAR')""")
                .setParameter(1, requestId)
                .setParameter(2, slaClock.name())
                .setParameter(3, truncate(reason, 500))
                .executeUpdate();
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
