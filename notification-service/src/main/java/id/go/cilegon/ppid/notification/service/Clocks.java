package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.calendar.MissingCalendarDataException;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.domain.Deadline;
import id.go.cilegon.ppid.notification.domain.ReminderStep;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
    WorkingDayCalendar calendar;

    @Inject
    Ladder ladder;

    @Inject
    Clock clock;

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
        Deadline.of(requestId, slaClock).filter(d -> d.state == Deadline.State.RUNNING).ifPresent(deadline -> {
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
     * Tries again to plan steps whose date fell in a year without calendar data, e.g. after the operator loaded
     * the next year's holidays and restarted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int replanWithoutCalendar() {
        List<ReminderStep> waiting = ReminderStep.list("status", ReminderStep.Status.NO_CALENDAR);
        int planned = 0;
        for (ReminderStep step : waiting) {
            try {
                step.fireOn = fireDate(step.dueDate, step.offsetDays);
                step.status = ReminderStep.Status.PENDING;
                step.note = null;
                planned++;
            } catch (MissingCalendarDataException e) {
                // Still missing; the startup log and the note say which year to load.
            }
        }
        return planned;
    }

    /** The date a rung fires: {@code offset} working days from {@code due} (before it when negative). */
    public LocalDate fireDate(LocalDate due, int offset) {
        if (offset == 0) {
            return due;
        }
        if (offset > 0) {
            return calendar.addWorkingDays(due, offset);
        }
        LocalDate date = due;
        for (int i = 0; i < -offset; i++) {
            date = calendar.previousWorkingDay(date);
        }
        return date;
    }

    private void plan(TrackedRequest request, Deadline deadline) {
        LocalDate today = LegalTime.toLegalDate(clock.instant());
        boolean extended = request.originalDueDate != null && !request.originalDueDate.equals(deadline.dueDate);
        for (Ladder.Rung rung : ladder.of(deadline.clock)) {
            int offset = rung.action() == ReminderStep.Action.DEADLINE_PASSED
                    ? ladder.deadlinePassedOffset(extended) : rung.offset();
            LocalDate fireOn = null;
            ReminderStep.Status status = ReminderStep.Status.PENDING;
            String note = null;
            try {
                fireOn = fireDate(deadline.dueDate, offset);
                // Planned after its date (a replay of old events, a late event): never send stale reminders.
                if (fireOn.isBefore(today) && rung.action() != ReminderStep.Action.WINDOW_EXPIRED) {
                    status = ReminderStep.Status.SKIPPED;
                    note = "date had passed when planned";
                }
            } catch (MissingCalendarDataException e) {
                status = ReminderStep.Status.NO_CALENDAR;
                note = "no working-day calendar for " + e.year() + "; load " + e.year() + ".csv into ppid.calendar.data-dir";
                LOG.errorf("Request %s: cannot plan the %s reminder %+d of %s: %s", request.requestId, deadline.clock,
                        offset, deadline.dueDate, e.getMessage());
            }
            em.createNativeQuery("""
                    insert into sla_step (request_id, clock, due_date, offset_days, action, recipient, fire_on, status, note)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                    on conflict (request_id, clock, due_date, offset_days, action, recipient) do update
                    set status = excluded.status, fire_on = excluded.fire_on, note = excluded.note
                    where sla_step.status = 'CANCELLED'""")
                    .setParameter(1, request.requestId)
                    .setParameter(2, deadline.clock.name())
                    .setParameter(3, deadline.dueDate)
                    .setParameter(4, offset)
                    .setParameter(5, rung.action().name())
                    .setParameter(6, rung.target().name())
                    .setParameter(7, fireOn)
                    .setParameter(8, status.name())
                    .setParameter(9, note)
                    .executeUpdate();
        }
    }

    private void cancelPending(UUID requestId, SlaClock slaClock, String reason) {
        em.createNativeQuery("""
                update sla_step set status = 'CANCELLED', note = ?3
                where request_id = ?1 and clock = ?2 and status in ('PENDING', 'NO_CALENDAR')""")
                .setParameter(1, requestId).setParameter(2, slaClock.name())
                .setParameter(3, truncate(reason, 500)).executeUpdate();
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
