package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.domain.Deadline;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** What the PPID Utama and the OPD officers see: deadlines coming and missed, and messages that did not go out. */
@ApplicationScoped
public class OperatorQueries {

    private static final Logger LOG = Logger.getLogger(OperatorQueries.class);
    /** The clocks the public body must meet; the applicant's own windows are not the officers' deadlines. */
    private static final List<SlaClock> BINDING = List.of(SlaClock.ANSWER, SlaClock.OBJECTION_DECISION);

    /** A running deadline with its request. */
    public record DeadlineRow(Deadline deadline, TrackedRequest request) {}

    /** Counts per OPD ({@code null} = with the PPID Utama). */
    public record OpdCounts(String opdCode, long upcoming, long dueToday, long overdue) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LiveCalendar live;

    @Inject
    DeliveryWorker worker;

    public LocalDate today() {
        return LegalTime.toLegalDate(clock.instant());
    }

    /** Deadlines due from today up to {@code withinWorkingDays} working days ahead, soonest first. */
    @Transactional
    public List<DeadlineRow> upcoming(
            Optional<String> opd, boolean queuedOnly, int withinWorkingDays, int page, int size) {
        LocalDate today = today();
        LocalDate until =
                withinWorkingDays == 0 ? today : live.current().addWorkingDays(today, withinWorkingDays, Side.BODY);
        return deadlines(
                "d.dueDate >= :today and d.dueDate <= :until",
                opd,
                queuedOnly,
                page,
                size,
                Map.of("today", today, "until", until));
    }

    /** Deadlines already passed and still unmet, most overdue first. */
    @Transactional
    public List<DeadlineRow> overdue(Optional<String> opd, boolean queuedOnly, int page, int size) {
        return deadlines("d.dueDate < :today", opd, queuedOnly, page, size, Map.of("today", today()));
    }

    /** Per OPD: deadlines within {@code withinWorkingDays}, due today, and overdue. */
    @Transactional
    public List<OpdCounts> summary(int withinWorkingDays) {
        LocalDate today = today();
        LocalDate until =
                withinWorkingDays == 0 ? today : live.current().addWorkingDays(today, withinWorkingDays, Side.BODY);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.assigned_opd_code,
                       count(*) filter (where d.due_date > ?1 and d.due_date <= ?2),
                       count(*) filter (where d.due_date = ?1),
                       count(*) filter (where d.due_date < ?1)
                from sla_deadline d join tracked_request r on r.request_id = d.request_id
                where d.state = 'RUNNING' and d.clock in ('ANSWER', 'OBJECTION_DECISION')
                group by r.assigned_opd_code order by r.assigned_opd_code nulls first""")
                .setParameter(1, today)
                .setParameter(2, until)
                .getResultList();
        List<OpdCounts> counts = new ArrayList<>();
        for (Object[] row : rows) {
            counts.add(new OpdCounts(
                    (String) row[0],
                    ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()));
        }
        return counts;
    }

    /** Messages that did not go out (FAILED after all tries, or SKIPPED for want of an address), newest first. */
    @Transactional
    public List<Notification> undelivered(int page, int size) {
        return Notification.find(
                        "status in ?1 order by createdAt desc, id",
                        List.of(Notification.Status.FAILED, Notification.Status.SKIPPED))
                .page(page, size)
                .list();
    }

    /** Every message about one request, oldest first. */
    @Transactional
    public List<Notification> ofRequest(UUID requestId) {
        return Notification.find("requestId = ?1 order by createdAt, kind", requestId)
                .list();
    }

    /** Puts a FAILED or SKIPPED message back in the queue with a fresh set of tries. */
    @Transactional
    public Notification retry(UUID id, String operator) {
        Notification message = em.find(Notification.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw new NotFoundException(
                    "notification-not-found", "No notification " + id + ".", "Notifikasi " + id + " tidak ditemukan.");
        }
        if (message.status != Notification.Status.FAILED && message.status != Notification.Status.SKIPPED) {
            throw new StateConflictException(
                    "not-retryable",
                    "Only a FAILED or SKIPPED message can be retried; this " + "one is " + message.status + ".",
                    "Hanya pesan berstatus FAILED atau SKIPPED yang dapat " + "dikirim ulang; pesan ini berstatus "
                            + message.status + ".");
        }
        Instant now = clock.instant();
        message.status = Notification.Status.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = now;
        message.failedAt = null;
        message.operatorRetries++;
        LOG.infof(
                "Request %s: %s to %s queued again by %s",
                message.requestId, message.kind, message.recipient, operator);
        worker.wakeUpAfterCommit();
        return message;
    }

    /** Working days from today to the body's {@code due} (negative when overdue). */
    public int workingDaysLeft(LocalDate due) {
        LocalDate today = today();
        return due.isBefore(today)
                ? -live.current().workingDaysBetween(due, today, Side.BODY)
                : live.current().workingDaysBetween(today, due, Side.BODY);
    }

    /** Whether a deadline's due date is an estimate (counted through a year without a loaded holiday decree). */
    public boolean provisional(Deadline deadline) {
        return deadline.startedOn != null && live.current().provisional(deadline.startedOn, deadline.dueDate);
    }

    private List<DeadlineRow> deadlines(
            String condition,
            Optional<String> opd,
            boolean queuedOnly,
            int page,
            int size,
            Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder("select d, r from Deadline d, TrackedRequest r "
                        + "where r.requestId = d.requestId and d.state = :running and d.clock in :clocks and ")
                .append(condition);
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put("running", Deadline.State.RUNNING);
        all.put("clocks", BINDING);
        if (opd.isPresent()) {
            jpql.append(" and r.assignedOpdCode = :opd");
            all.put("opd", opd.get());
        } else if (queuedOnly) {
            jpql.append(" and r.assignedOpdCode is null");
        }
        jpql.append(" order by d.dueDate, r.registrationNumber");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        all.forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> new DeadlineRow((Deadline) row[0], (TrackedRequest) row[1]))
                .toList();
    }
}
