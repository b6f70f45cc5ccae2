package id.go.cilegon.ppid.request.service;

import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.YearSource;
import id.go.cilegon.ppid.calendar.YearStatus;
import id.go.cilegon.ppid.contracts.request.DateChange;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.InformationRequest.DateMove;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Counts again the legal dates of every request that crosses a calendar year whose list changed, once per revision
 * ({@code calendar_recalculation}), and publishes {@code request.deadlines-recalculated} for each request whose dates
 * moved. A body's deadline takes its new date; an applicant's window only grows ({@link InformationRequest#recountDates}).
 *
 * <p>Work goes in batches of {@code ppid.calendar.recalculation.batch-size} requests, one transaction each, holding the
 * job's row ({@code FOR UPDATE SKIP LOCKED}): one replica at a time, resumable after a crash where the last batch
 * ended, and a batch done twice changes nothing the second time (the recount finds nothing to move). A replica works
 * on a revision only once its own calendar holds it; the newest revision of a year makes older unfinished ones moot.
 */
@ApplicationScoped
public class DeadlineRecalculation {

    private static final Logger LOG = Logger.getLogger(DeadlineRecalculation.class);

    /** Below every request id in PostgreSQL's order (bytes, unsigned): where a job starts. */
    private static final UUID FIRST = new UUID(0L, 0L);

    /** One open job, claimed. */
    private record Job(int year, long revision, UUID lastRequestId) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LiveCalendar live;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "ppid.calendar.recalculation.batch-size", defaultValue = "200")
    int batchSize;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "deadline-recalculation");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    /** Also on a timer: a job left by a replica that stopped, or one this replica's calendar did not hold yet. */
    @Scheduled(
            identity = "deadline-recalculation",
            every = "${ppid.calendar.recalculation.every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        wakeUp();
    }

    /** Runs the open jobs soon, on the worker thread (after an upload commits, and on the timer). */
    public void wakeUp() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    run();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Recalculation of deadlines failed; tried again on the next run");
                }
            });
        }
    }

    /** A revision reaching this replica's calendar (from the topic or an upload here) is counted at once. */
    void start(@Observes StartupEvent start) {
        live.onChange(change -> wakeUp());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }

    /** Works through every open job this replica's calendar can serve; returns the requests whose dates moved. */
    public int run() {
        int changed = 0;
        while (true) {
            Integer batch = QuarkusTransaction.requiringNew().call(this::nextBatch);
            if (batch == null) {
                return changed;
            }
            changed += batch;
        }
    }

    /** One batch of the oldest open job; null when there is nothing this replica can do now. */
    private Integer nextBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select year, revision, last_request_id from calendar_recalculation
                where finished_at is null
                order by requested_at, year, revision
                for update skip locked""").getResultList();
        Optional<Job> claimed = rows.stream()
                .map(r -> new Job(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (UUID) r[2]))
                .filter(job -> live.revision(job.year()) >= job.revision())
                .findFirst();
        if (claimed.isEmpty()) {
            return null;
        }
        Job job = claimed.get();
        Instant now = clock.instant();
        if (live.revision(job.year()) > job.revision()) {
            // A newer revision of the year is in force: its own job counts every request again.
            finish(job, now, "superseded by revision " + live.revision(job.year()));
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select id from information_request
                where status in ('REGISTERED', 'EXTENDED', 'DECIDED', 'OBJECTION_FILED', 'OBJECTION_DECIDED')
                  and received_date <= make_date(?1, 12, 31)
                  and (received_date >= make_date(?1 - 1, 7, 1)
                       or greatest(due_date, objection_due_date, dispute_deadline, objection_deadline,
                                   unanswered_objection_deadline) >= make_date(?1, 1, 1))
                  and id > ?2
                order by id limit ?3""")
                .setParameter(1, job.year())
                .setParameter(2, job.lastRequestId() == null ? FIRST : job.lastRequestId())
                .setParameter(3, batchSize)
                .getResultList();
        DeadlinePolicy counted = deadlines.on(live.current());
        String reason = reason(counted, job.year());
        int changed = 0;
        for (UUID id : ids) {
            if (recount(id, counted, job, reason, now)) {
                changed++;
            }
        }
        em.createNativeQuery("""
                update calendar_recalculation
                set started_at = coalesce(started_at, ?3), last_request_id = ?4,
                    requests_checked = requests_checked + ?5, requests_changed = requests_changed + ?6
                where year = ?1 and revision = ?2""")
                .setParameter(1, job.year())
                .setParameter(2, job.revision())
                .setParameter(3, now)
                .setParameter(4, ids.isEmpty() ? job.lastRequestId() : ids.get(ids.size() - 1))
                .setParameter(5, ids.size())
                .setParameter(6, changed)
                .executeUpdate();
        if (ids.size() < batchSize) {
            finish(job, now, "done");
        }
        metrics.counter("ppid.calendar.recalculated.requests").increment(changed);
        return changed;
    }

    private boolean recount(UUID id, DeadlinePolicy counted, Job job, String reason, Instant now) {
        InformationRequest request = em.find(InformationRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        List<DateMove> moves = request.recountDates(counted);
        if (moves.isEmpty()) {
            return false;
        }
        if (moves.stream().noneMatch(move -> countedAcross(request, move, job.year()))) {
            // Moved by another year's change, whose own job tells it with that year's reason; not this one's to tell.
            em.detach(request);
            return false;
        }
        boolean dueMoved = moves.stream().anyMatch(m -> m.date().equals("dueDate"));
        Boolean onTime = request.decidedDate() != null && dueMoved
                ? !request.decidedDate().isAfter(request.dueDate())
                : null;
        Integer workingDaysTaken = request.decidedDate() != null
                ? counted.workingDaysBetween(request.receivedDate(), request.decidedDate())
                : null;
        String changes = moves.stream()
                .map(m -> m.date() + " " + m.previous() + " -> " + m.current())
                .collect(Collectors.joining(", "));
        TimelineEntry.of(
                        request.id(),
                        TimelineEntry.Step.DATES_RECALCULATED,
                        Actor.system(),
                        now,
                        truncate(reason + ": " + changes, 4000))
                .persist();
        outbox.append(
                new DeadlinesRecalculated(
                        request.id(),
                        request.nextEventSequence(),
                        job.year(),
                        job.revision(),
                        reason,
                        moves.stream()
                                .map(m -> new DateChange(m.date(), m.previous(), m.current()))
                                .toList(),
                        onTime,
                        workingDaysTaken,
                        counted.provisionalDates(request).forEvent(),
                        now),
                request.id().toString(),
                now);
        LOG.infof(
                "Request %s: dates counted again on calendar %d revision %d: %s",
                request.id(), job.year(), job.revision(), changes);
        return true;
    }

    /** Whether {@code year} lies between the request's receipt and the later of the date's old and new value. */
    private static boolean countedAcross(InformationRequest request, DateMove move, int year) {
        LocalDate later =
                move.previous() == null || move.current().isAfter(move.previous()) ? move.current() : move.previous();
        return request.receivedDate().getYear() <= year && year <= later.getYear();
    }

    /** Why the dates moved, for the timeline and the applicant's message, e.g. the decree that was loaded. */
    private static String reason(DeadlinePolicy counted, int year) {
        YearSource source = counted.calendar().yearSource(year);
        return "Kalender hari kerja " + year
                + (source.status() == YearStatus.OFFICIAL ? " resmi" : " diperbarui (perkiraan)") + ": "
                + source.legalSource() + ", versi " + source.version();
    }

    private void finish(Job job, Instant now, String how) {
        em.createNativeQuery("""
                update calendar_recalculation set finished_at = ?3, started_at = coalesce(started_at, ?3)
                where year = ?1 and revision = ?2""")
                .setParameter(1, job.year())
                .setParameter(2, job.revision())
                .setParameter(3, now)
                .executeUpdate();
        LOG.infof("Recalculation for calendar %d revision %d finished (%s)", job.year(), job.revision(), how);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
