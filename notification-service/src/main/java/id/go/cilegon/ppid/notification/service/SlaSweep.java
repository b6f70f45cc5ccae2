package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaBreached;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.contracts.sla.SlaWarning;
import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.notification.config.DeadlineConfig;
import id.go.cilegon.ppid.notification.config.NotificationConfig;
import id.go.cilegon.ppid.notification.domain.Deadline;
import id.go.cilegon.ppid.notification.domain.OpdDesk;
import id.go.cilegon.ppid.notification.domain.ReminderStep;
import id.go.cilegon.ppid.notification.domain.ReminderStep.Action;
import id.go.cilegon.ppid.notification.domain.ReminderStep.Target;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import id.go.cilegon.ppid.notification.messaging.EventSequences;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Fires the reminder ladder: each due step becomes messages (notification table) and an {@code sla.warning} or
 * {@code sla.breached} event (outbox), in one transaction. Safe with several replicas and overlapping runs: a step
 * is claimed with {@code FOR UPDATE SKIP LOCKED} together with its request's row, and the messages' dedupe keys
 * make a second write of the same message a no-op.
 */
@ApplicationScoped
public class SlaSweep {

    private static final Logger LOG = Logger.getLogger(SlaSweep.class);

    /** What one run did. */
    public record Result(int fired, int skipped, int cancelled, int failed) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LiveCalendar live;

    @Inject
    Clocks clocks;

    @Inject
    Messages messages;

    @Inject
    Outbox outbox;

    @Inject
    EventSequences sequences;

    @Inject
    NotificationConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    DeadlineConfig deadlines;

    // Not while the application stops: the database may already be closed (an ERROR at every shutdown otherwise).
    @Scheduled(
            identity = "sla-sweep",
            every = "${ppid.notification.sweep.every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        sweep();
    }

    /** One run over every step due by now; callable directly (tests, operators) as well as on schedule. */
    public Result sweep() {
        Instant now = clock.instant();
        LocalDate today = LegalTime.toLegalDate(now);
        if (LocalTime.ofInstant(now, LegalTime.ZONE).isBefore(config.sweep().notBefore())) {
            return new Result(0, 0, 0, 0);
        }
        QuarkusTransaction.requiringNew().run(() -> clocks.repairCalendarGaps());
        int[] counts = new int[4];
        int batchSize = Math.max(1, config.sweep().batchSize());
        int maxSteps = config.sweep().maxSteps();
        int handled = 0;
        while (handled < maxSteps) {
            int limit = Math.min(batchSize, maxSteps - handled);
            List<Long> claimed = new ArrayList<>();
            List<ReminderStep.Status> outcomes;
            try {
                outcomes = QuarkusTransaction.requiringNew().call(() -> fireBatch(today, now, limit, claimed));
            } catch (RuntimeException e) {
                if (claimed.isEmpty()) {
                    throw e;
                }
                // One step failed and rolled the whole batch back: fire its steps again one per transaction, so
                // only the failing step is marked ERROR and the others still go out.
                LOG.warnf(
                        "SLA sweep batch of %d step(s) failed (%s); firing them one by one",
                        claimed.size(), e.toString());
                for (Long id : claimed) {
                    count(counts, fireAlone(id, today, now));
                }
                handled += claimed.size();
                continue;
            }
            if (outcomes.isEmpty()) {
                break;
            }
            outcomes.forEach(outcome -> count(counts, outcome));
            handled += outcomes.size();
        }
        Result result = new Result(counts[0], counts[1], counts[2], counts[3]);
        if (handled > 0) {
            LOG.infof(
                    "SLA sweep for %s: %d fired, %d skipped, %d cancelled, %d failed",
                    today, result.fired(), result.skipped(), result.cancelled(), result.failed());
        }
        return result;
    }

    /**
     * Claims the next due steps, oldest first, with their requests' rows. The partial index
     * {@code sla_step_pending_order (fire_on, id) where status = 'PENDING'} (V2) matches this predicate and order,
     * so the claim reads its few index entries instead of sorting every due step; keep them in step.
     */
    public static final String CLAIM_SQL = """
            select s.id from sla_step s join tracked_request r on r.request_id = s.request_id
            where s.status = 'PENDING' and s.fire_on <= ?1
            order by s.fire_on, s.id
            limit ?2
            for update of s, r skip locked""";

    private static void count(int[] counts, ReminderStep.Status outcome) {
        switch (outcome) {
            case DONE -> counts[0]++;
            case SKIPPED -> counts[1]++;
            case CANCELLED -> counts[2]++;
            case PENDING -> {
                // taken by another sweep meanwhile (fireAlone): not this run's to count
            }
            default -> counts[3]++;
        }
    }

    private List<ReminderStep.Status> fireBatch(LocalDate today, Instant now, int limit, List<Long> claimed) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(CLAIM_SQL)
                .setParameter(1, today)
                .setParameter(2, limit)
                .getResultList();
        ids.forEach(id -> claimed.add(id.longValue()));
        List<ReminderStep.Status> outcomes = new ArrayList<>(claimed.size());
        for (Long id : claimed) {
            outcomes.add(fireStep(id, today, now));
        }
        return outcomes;
    }

    /** Fires one step of a failed batch in its own transaction; ERROR if it fails again. */
    private ReminderStep.Status fireAlone(long stepId, LocalDate today, Instant now) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<Number> ids =
                        em.createNativeQuery("""
                        select s.id from sla_step s join tracked_request r on r.request_id = s.request_id
                        where s.id = ?1 and s.status = 'PENDING'
                        for update of s, r skip locked""").setParameter(1, stepId).getResultList();
                return ids.isEmpty() ? ReminderStep.Status.PENDING : fireStep(stepId, today, now);
            });
        } catch (RuntimeException e) {
            markError(stepId, e);
            return ReminderStep.Status.ERROR;
        }
    }

    private ReminderStep.Status fireStep(long stepId, LocalDate today, Instant now) {
        ReminderStep step = em.find(ReminderStep.class, stepId);
        step.status = fire(step, today, now);
        step.firedAt = now;
        return step.status;
    }

    private ReminderStep.Status fire(ReminderStep step, LocalDate today, Instant now) {
        TrackedRequest request = em.find(TrackedRequest.class, step.requestId);
        Deadline deadline = Deadline.of(step.requestId, step.clock).orElse(null);
        if (deadline == null || deadline.state != Deadline.State.RUNNING || !deadline.dueDate.equals(step.dueDate)) {
            step.note = "the clock no longer runs to this date";
            return ReminderStep.Status.CANCELLED;
        }
        if (laterRungAlsoDue(step, today)) {
            step.note = "a later reminder of the same ladder was due as well";
            return ReminderStep.Status.SKIPPED;
        }
        switch (step.action) {
            case REMIND -> remind(request, step, today, now);
            case ESCALATE -> escalate(request, step, today, now);
            case DEADLINE_PASSED -> deadlinePassed(request, step, today);
            case OBJECTION_UNANSWERED -> objectionUnanswered(request, step, today);
            case WINDOW_CLOSES -> windowCloses(request, step, today, now);
            case WINDOW_EXPIRED -> clocks.expire(deadline);
            default -> throw new IllegalStateException("unknown action " + step.action);
        }
        return ReminderStep.Status.DONE;
    }

    private boolean laterRungAlsoDue(ReminderStep step, LocalDate today) {
        if (step.action != Action.REMIND && step.action != Action.WINDOW_CLOSES) {
            return false;
        }
        Number later = (Number) em.createNativeQuery("""
                select count(*) from sla_step
                where request_id = ?1 and clock = ?2 and due_date = ?3 and action = ?4 and recipient = ?5
                  and offset_days > ?6 and fire_on <= ?7 and status in ('PENDING', 'DONE')""")
                .setParameter(1, step.requestId)
                .setParameter(2, step.clock.name())
                .setParameter(3, step.dueDate)
                .setParameter(4, step.action.name())
                .setParameter(5, step.target.name())
                .setParameter(6, step.offsetDays)
                .setParameter(7, today)
                .getSingleResult();
        return later.longValue() > 0;
    }

    private void remind(TrackedRequest request, ReminderStep step, LocalDate today, Instant now) {
        int left = clocks.workingDaysBetween(step.clock, today, step.dueDate);
        Map<String, String> data = common(request, step);
        data.put("workingDaysLeft", Integer.toString(left));
        for (Recipient recipient : send(request, step.target, "sla-reminder", step.stepKey(), data)) {
            outbox.append(
                    new SlaWarning(
                            request.requestId,
                            sequences.next(request.requestId),
                            step.clock,
                            step.dueDate,
                            left,
                            request.assignedOpdCode,
                            recipient,
                            now),
                    now);
        }
        LOG.infof(
                "Request %s: %s reminder, %d working day(s) left until %s",
                request.requestId, step.clock, left, step.dueDate);
    }

    private void escalate(TrackedRequest request, ReminderStep step, LocalDate today, Instant now) {
        int overdue = clocks.workingDaysBetween(step.clock, step.dueDate, today);
        Map<String, String> data = common(request, step);
        data.put("workingDaysOverdue", Integer.toString(overdue));
        for (Recipient recipient : send(request, step.target, "sla-escalation", step.stepKey(), data)) {
            outbox.append(
                    new SlaBreached(
                            request.requestId,
                            sequences.next(request.requestId),
                            step.clock,
                            step.dueDate,
                            overdue,
                            request.assignedOpdCode,
                            recipient,
                            now),
                    now);
        }
        // Alerting (deploy/components/monitoring) watches this counter rise per OPD and deadline.
        metrics.counter(
                        "ppid.sla.breaches",
                        "opd",
                        request.assignedOpdCode == null ? "queue" : request.assignedOpdCode,
                        "deadline",
                        step.clock.name())
                .increment();
        LOG.infof(
                "Request %s: %s deadline %s passed %d working day(s) ago, escalated to %s",
                request.requestId, step.clock, step.dueDate, overdue, step.target);
    }

    private void deadlinePassed(TrackedRequest request, ReminderStep step, LocalDate today) {
        // The last day of the answer period; the objection ground (Pasal 35(1) c) arises after it.
        LocalDate lastDay = clocks.fireDate(step.clock, step.dueDate, step.offsetDays - 1);
        // request-service's count; requests submitted before it sent one are counted here, on the applicant's side.
        LocalDate objectionDeadline = request.unansweredObjectionDeadline != null
                ? request.unansweredObjectionDeadline
                : live.current().addWorkingDays(lastDay, deadlines.objectionWindowWorkingDays(), Side.APPLICANT);
        clocks.start(request, SlaClock.OBJECTION_WINDOW, objectionDeadline, today);
        Map<String, String> data = common(request, step);
        data.put("objectionDeadline", objectionDeadline.toString());
        Messages.provisional(data, "objectionDeadline", clocks.provisionalYears(lastDay, objectionDeadline));
        messages.toApplicant(request, "deadline-passed", step.stepKey(), data);
        LOG.infof(
                "Request %s: unanswered after %s; applicant told they may object until %s",
                request.requestId, lastDay, objectionDeadline);
    }

    /**
     * The Atasan PPID let the objection's 30 working days pass: the applicant may go to the Komisi Informasi (Pasal 37),
     * by request-service's date, and the dispute window runs as a clock with its reminder.
     */
    private void objectionUnanswered(TrackedRequest request, ReminderStep step, LocalDate today) {
        LocalDate lastDay = clocks.fireDate(step.clock, step.dueDate, step.offsetDays - 1);
        LocalDate disputeDeadline = request.unansweredDisputeDeadline != null
                ? request.unansweredDisputeDeadline
                : live.current()
                        .addWorkingDays(
                                live.current().nextWorkingDay(lastDay, Side.APPLICANT),
                                deadlines.disputeWindowWorkingDays(),
                                Side.APPLICANT);
        clocks.start(request, SlaClock.DISPUTE_WINDOW, disputeDeadline, today);
        Map<String, String> data = common(request, step);
        data.put("disputeDeadline", disputeDeadline.toString());
        Messages.provisional(data, "disputeDeadline", clocks.provisionalYears(lastDay, disputeDeadline));
        messages.toApplicant(request, "objection-unanswered", step.stepKey(), data);
        LOG.infof(
                "Request %s: objection unanswered after %s; applicant told they may go to the Komisi Informasi "
                        + "until %s",
                request.requestId, lastDay, disputeDeadline);
    }

    private void windowCloses(TrackedRequest request, ReminderStep step, LocalDate today, Instant now) {
        int left = clocks.workingDaysBetween(step.clock, today, step.dueDate);
        Map<String, String> data = common(request, step);
        data.put("workingDaysLeft", Integer.toString(left));
        if (messages.toApplicant(request, "window-closing", step.stepKey(), data)) {
            outbox.append(
                    new SlaWarning(
                            request.requestId,
                            sequences.next(request.requestId),
                            step.clock,
                            step.dueDate,
                            left,
                            request.assignedOpdCode,
                            Recipient.APPLICANT,
                            now),
                    now);
        }
    }

    /** Sends to a step's target; returns the recipient roles that got a new message. */
    private List<Recipient> send(
            TrackedRequest request, Target target, String kind, String stepKey, Map<String, String> data) {
        List<Recipient> written = new ArrayList<>();
        switch (target) {
            case ASSIGNEE -> {
                if (request.assignedOpdCode != null) {
                    written.addAll(messages.toOpd(request.requestId, request.assignedOpdCode, kind, stepKey, data));
                } else if (messages.toOfficial(request.requestId, Recipient.PPID_MAIN, kind, stepKey, data)) {
                    written.add(Recipient.PPID_MAIN);
                }
            }
            case PPID_MAIN, PPID_SUPERIOR -> {
                Recipient official = Recipient.valueOf(target.name());
                if (messages.toOfficial(request.requestId, official, kind, stepKey, data)) {
                    written.add(official);
                }
            }
            case APPLICANT -> {
                if (messages.toApplicant(request, kind, stepKey, data)) {
                    written.add(Recipient.APPLICANT);
                }
            }
            default -> {}
        }
        return written;
    }

    private Map<String, String> common(TrackedRequest request, ReminderStep step) {
        Map<String, String> data = Messages.data(
                "registrationNumber",
                request.registrationNumber,
                "clock",
                step.clock.name(),
                "dueDate",
                step.dueDate.toString(),
                "opdCode",
                request.assignedOpdCode,
                "queued",
                Boolean.toString(request.withPpidMain()));
        Deadline.of(step.requestId, step.clock)
                .ifPresent(deadline -> Messages.provisional(
                        data, "dueDate", clocks.provisionalYears(deadline.startedOn, step.dueDate)));
        if (request.assignedOpdCode != null) {
            OpdDesk desk = OpdDesk.findById(request.assignedOpdCode);
            if (desk != null) {
                data.put("opdName", desk.name);
            }
        }
        return data;
    }

    private void markError(long stepId, RuntimeException error) {
        String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
        LOG.errorf(error, "SLA step %d could not fire: %s", stepId, reason);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update sla_step set status = 'ERROR', note = ?2 where id = ?1 and status = 'PENDING'")
                        .setParameter(1, stepId)
                        .setParameter(2, Clocks.truncate(reason, 500))
                        .executeUpdate());
    }
}
