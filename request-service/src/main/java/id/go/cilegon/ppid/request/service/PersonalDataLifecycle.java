package id.go.cilegon.ppid.request.service;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.request.config.PersonalDataConfig;
import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.request.domain.TimelineEntry.Step;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The end of an applicant's personal data (UU 27/2022 PDP): erased when the applicant asks (Pasal 8, 43) or when the
 * retention period ends (Pasal 44), in either case only once nothing more is owed on the request
 * ({@link InformationRequest#closedOn}).
 *
 * <p>Erasing a request nulls its personal columns and the applicant's words, cleans its timeline and idempotency keys,
 * and tombstones its texts on {@code ppid.request.texts.v1} (routing-service forgets them). When no request of the
 * applicant holds personal data any more, the applicant loses the link to their account and NIK (a later request
 * starts a new pseudonymous applicant) and their contacts are tombstoned on {@code ppid.applicant-contacts.v1}
 * (notification-service deletes them). A job looks every {@code ppid.personal-data.check-every}; replicas share the
 * work with {@code FOR UPDATE SKIP LOCKED}. Locks are taken requests first (by id), then the applicant, everywhere.
 */
@ApplicationScoped
public class PersonalDataLifecycle {

    private static final Logger LOG = Logger.getLogger(PersonalDataLifecycle.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AccessPolicy access;

    @Inject
    PersonalDataConfig config;

    @Inject
    MeterRegistry metrics;

    /**
     * One of the applicant's requests after their erasure request.
     *
     * @param erasedAt   when its personal data was erased; null while it is kept
     * @param erasedFrom the day it will be erased; null while something is still owed on it (the answer, the
     *                   objection's decision), after which it is erased once its last window closes
     */
    public record Outcome(UUID requestId, String registrationNumber, Instant erasedAt, LocalDate erasedFrom) {}

    /** The signed-in applicant asks for the erasure of their personal data: every request of theirs. */
    @Transactional
    public List<Outcome> requestErasure(Actor applicant) {
        List<?> ids = em.createNativeQuery("select id from applicant where owner_subject = ?1")
                .setParameter(1, applicant.subject())
                .getResultList();
        return ids.isEmpty() ? List.of() : requestErasure((UUID) ids.get(0), applicant, "On the applicant's request");
    }

    /**
     * The PPID Utama records the erasure request of an applicant without an account (a walk-in applicant), signed on
     * paper, found through one of their requests.
     */
    @Transactional
    public List<Outcome> requestErasureFor(UUID requestId, String statementReference, Actor actor) {
        InformationRequest request = InformationRequest.findById(requestId);
        if (request == null) {
            throw new RequestNotFoundException(requestId);
        }
        access.requireApplicantSide(actor, request);
        return requestErasure(
                request.applicantId(), actor, "On the applicant's signed statement " + statementReference.strip());
    }

    private List<Outcome> requestErasure(UUID applicantId, Actor actor, String note) {
        Instant now = clock.instant();
        LocalDate today = LegalTime.toLegalDate(now);
        List<InformationRequest> requests = InformationRequest.<InformationRequest>find(
                        "applicantId = ?1", Sort.by("id"), applicantId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        List<Outcome> outcomes = new ArrayList<>();
        for (InformationRequest request : requests) {
            if (request.requestErasure(now)) {
                TimelineEntry.of(request.id(), Step.ERASURE_REQUESTED, actor, now, note)
                        .persist();
            }
            eraseIfDue(request, today, now);
            outcomes.add(new Outcome(
                    request.id(),
                    request.registrationNumber(),
                    request.personalDataErasedAt(),
                    request.personalDataErasedAt() != null ? null : erasureDate(request)));
        }
        forgetApplicantIfDone(applicantId, now);
        LOG.infof("Erasure requested for applicant %s: %d request(s)", applicantId, requests.size());
        return outcomes;
    }

    @Scheduled(
            identity = "personal-data-erasure",
            every = "${ppid.personal-data.check-every}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            eraseDue();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Erasure of personal data failed; tried again on the next run");
        }
    }

    /** Erases every request due today, a batch per transaction; returns how many were erased. */
    public int eraseDue() {
        int erased = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> eraseBatch(from));
            erased += batch.erased();
            if (batch.last() == null) {
                return erased;
            }
            after = batch.last();
        }
    }

    private record Batch(int erased, UUID last) {}

    /** The next candidates after {@code after} (by id), those due erased; {@code last} is null when none were left. */
    private Batch eraseBatch(UUID after) {
        Instant now = clock.instant();
        LocalDate today = LegalTime.toLegalDate(now);
        // A cheap bound first: a request closes on or after the day it was received, so one received after
        // today - retention cannot be due yet unless its applicant asked for erasure.
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select id from information_request
                where personal_data_erased_at is null
                  and status in ('WITHDRAWN', 'DECIDED', 'OBJECTION_DECIDED', 'DISPUTED')
                  and (erasure_requested_at is not null or received_date <= ?1)
                  and id > ?2
                order by id limit ?3
                for update skip locked""")
                .setParameter(1, today.minus(config.retention()))
                .setParameter(2, after)
                .setParameter(3, config.batchSize())
                .getResultList();
        if (ids.isEmpty()) {
            return new Batch(0, null);
        }
        Set<UUID> applicants = new LinkedHashSet<>();
        int erased = 0;
        for (UUID id : ids) {
            InformationRequest request = em.find(InformationRequest.class, id);
            if (eraseIfDue(request, today, now)) {
                applicants.add(request.applicantId());
                erased++;
            }
        }
        applicants.forEach(applicant -> forgetApplicantIfDone(applicant, now));
        return new Batch(erased, ids.get(ids.size() - 1));
    }

    private LocalDate erasureDate(InformationRequest request) {
        return request.erasureDate(config.retention(), config.disputeHold()).orElse(null);
    }

    private boolean eraseIfDue(InformationRequest request, LocalDate today, Instant now) {
        LocalDate due = request.personalDataErasedAt() != null ? null : erasureDate(request);
        if (due == null || today.isBefore(due)) {
            return false;
        }
        request.erasePersonalData(now);
        InformationRequest.ErasureCause cause = request.personalDataErasedBecause();
        TimelineEntry.of(
                        request.id(),
                        Step.PERSONAL_DATA_ERASED,
                        Actor.system(),
                        now,
                        cause == InformationRequest.ErasureCause.APPLICANT_REQUEST
                                ? "Personal data erased on the applicant's request"
                                : "Personal data erased at the end of its retention period (" + config.retention()
                                        + ")")
                .persist();
        // Timelines written before version 2 of request.withdrawn quoted the applicant's reason after a colon.
        em.createNativeQuery("update timeline_entry set note = regexp_replace(note, ': .*$', '', 's') "
                        + "where request_id = ?1 and step = 'WITHDRAWN'")
                .setParameter(1, request.id())
                .executeUpdate();
        em.createNativeQuery("delete from idempotency_key where request_id = ?1")
                .setParameter(1, request.id())
                .executeUpdate();
        outbox.appendTombstone(
                Topics.REQUEST_TEXTS,
                EventTypes.REQUEST_TEXTS_RECORDED,
                request.id().toString(),
                now);
        metrics.counter("ppid.personal.data.erased", "cause", cause.name()).increment();
        LOG.infof("Personal data of request %s erased (%s)", request.id(), cause);
        return true;
    }

    /**
     * Once none of the applicant's requests holds personal data: the applicant loses the link to their account and
     * NIK, and their contacts are tombstoned. A request filed meanwhile keeps them (it holds the applicant's row).
     */
    private void forgetApplicantIfDone(UUID applicantId, Instant now) {
        em.flush();
        em.createNativeQuery("select id from applicant where id = ?1 for update")
                .setParameter(1, applicantId)
                .getResultList();
        Number holding = (Number) em.createNativeQuery("select count(*) from information_request "
                        + "where applicant_id = ?1 and personal_data_erased_at is null")
                .setParameter(1, applicantId)
                .getSingleResult();
        if (holding.longValue() > 0) {
            return;
        }
        int forgotten = em.createNativeQuery("update applicant set owner_subject = null, identity_hash = null "
                        + "where id = ?1 and (owner_subject is not null or identity_hash is not null)")
                .setParameter(1, applicantId)
                .executeUpdate();
        if (forgotten == 1) {
            outbox.appendTombstone(
                    Topics.APPLICANT_CONTACTS, EventTypes.APPLICANT_CONTACT_UPDATED, applicantId.toString(), now);
            LOG.infof("Applicant %s forgotten: contacts tombstoned, account and NIK unlinked", applicantId);
        }
    }
}
