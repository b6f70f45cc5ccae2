package id.go.cilegon.ppid.request.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.cilegon.ppid.calendar.Explanation;
import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.contracts.applicant.ApplicantContact;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.FilingChannel;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.RequestStatus;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.request.messaging.Outbox;
import id.go.cilegon.ppid.request.rest.SubmitRequestBody;
import id.go.cilegon.ppid.request.rest.validation.PhoneNumbers;
import id.go.cilegon.ppid.request.security.NikProtector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Registers requests (UU 14/2008 Pasal 22(1)-(6)): the registration number, the receipt time and
 * the legal due date, in one transaction with the events that announce it. An Idempotency-Key makes
 * a retried submission return the first result instead of registering a second request.
 */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    NikProtector nikProtector;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** The outcome of a submission; {@code created} is false when an Idempotency-Key replayed an earlier one. */
    public record Intake(InformationRequest request, boolean created, Explanation dueDate) {
    }

    @Transactional
    public Intake submit(SubmitRequestBody form, Actor actor, String idempotencyKey) {
        UUID requestId = UUID.randomUUID();
        if (idempotencyKey != null) {
            UUID earlier = claimIdempotencyKey(actor.subject(), idempotencyKey, fingerprint(form), requestId);
            if (earlier != null) {
                InformationRequest existing = InformationRequest.findById(earlier);
                return new Intake(existing, false, deadlines.explainAnswerDue(existing.receivedDate));
            }
        }
        Instant now = clock.instant();
        LocalDate today = LegalTime.toLegalDate(now);
        Explanation due = deadlines.explainAnswerDue(today);

        // Everything that does not need the registration number is written first. The counter row is the
        // one lock all submissions of a year share, so it is taken last: from the counter to the commit the
        // transaction runs only the request, timeline and submission-event inserts that carry the number
        // (before: the counter was the second statement and its lock covered eight more and the commit).
        InformationRequest request = new InformationRequest();
        request.id = requestId;
        boolean walkIn = actor.role() != Actor.Role.APPLICANT;
        request.channel = walkIn ? FilingChannel.WALK_IN : FilingChannel.ONLINE;
        request.ownerSubject = walkIn ? null : actor.subject();
        request.filedBySubject = actor.subject();
        request.filingOpdCode = walkIn ? actor.opdCode() : null;
        copyForm(form, request);
        request.applicantId = applicantId(actor, form.applicant(), now);
        request.status = RequestStatus.REGISTERED;
        request.receivedAt = now;
        request.receivedDate = today;
        request.originalDueDate = due.result();
        request.dueDate = due.result();
        outbox.append(new ApplicantContact(request.applicantId, request.applicantName, request.applicantEmail,
                request.applicantPhone, request.preferredLanguage, now), request.applicantId.toString(), now);
        em.flush();

        // Numbered before the insert, so the row is written once (no update of event_sequence under the lock).
        long submittedSequence = request.nextEventSequence();
        request.registrationNumber = nextRegistrationNumber(today.getYear());
        request.persist();
        TimelineEntry.of(request.id, TimelineEntry.Step.SUBMITTED, actor, now,
                "Registered as " + request.registrationNumber + ", answer due " + request.dueDate).persist();
        outbox.append(new RequestSubmitted(request.id, submittedSequence, request.registrationNumber,
                request.applicantId, request.applicantKind, request.channel, request.filingOpdCode,
                request.informationDetails, request.purpose, request.accessMethods, request.copyDeliveries, now, today,
                request.dueDate), request.id.toString(), now);
        LOG.infof("Request %s registered as %s (%s), due %s", request.id, request.registrationNumber, request.channel,
                request.dueDate);
        return new Intake(request, true, due);
    }

    private void copyForm(SubmitRequestBody form, InformationRequest request) {
        SubmitRequestBody.Applicant applicant = form.applicant();
        request.applicantKind = applicant.kind();
        request.applicantName = applicant.fullName().strip();
        request.applicantNik = applicant.nik() == null || applicant.nik().isBlank() ? null
                : nikProtector.encrypt(applicant.nik().strip());
        request.applicantDeedNumber = blankToNull(applicant.deedNumber());
        request.applicantAddress = applicant.address().strip();
        request.applicantPhone = applicant.phone() == null || applicant.phone().isBlank() ? null
                : PhoneNumbers.toE164(applicant.phone());
        request.applicantEmail = blankToNull(applicant.email());
        request.preferredLanguage = applicant.preferredLanguage() == null ? "id" : applicant.preferredLanguage();
        if (form.proxy() != null) {
            request.proxyName = form.proxy().fullName().strip();
            request.proxyPowerOfAttorney = form.proxy().powerOfAttorney().strip();
        }
        request.informationDetails = form.informationDetails().strip();
        request.purpose = form.purpose().strip();
        request.accessMethods = List.copyOf(form.accessMethods());
        request.copyDeliveries = form.copyDeliveries() == null ? List.of() : List.copyOf(form.copyDeliveries());
    }

    /**
     * Records the key, or returns the request an earlier submission with the same key created. A
     * concurrent submission with the same key waits on the unique index until the first commits.
     */
    private UUID claimIdempotencyKey(String owner, String key, String fingerprint, UUID requestId) {
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (owner, idempotency_key, payload_fingerprint, request_id, created_at)
                values (?1, ?2, ?3, ?4, now()) on conflict do nothing""")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, requestId)
                .executeUpdate();
        if (inserted == 1) {
            return null;
        }
        Object[] earlier = (Object[]) em.createNativeQuery("""
                select payload_fingerprint, request_id from idempotency_key where owner = ?1 and idempotency_key = ?2""")
                .setParameter(1, owner).setParameter(2, key).getSingleResult();
        if (!fingerprint.equals(earlier[0])) {
            throw new IdempotencyConflictException();
        }
        return (UUID) earlier[1];
    }

    /**
     * Sequential per year and gapless: the counter row is locked until the transaction ends, and a rollback
     * gives the number back. Called as late as possible in {@link #submit}, since every submission of the
     * year waits for this lock.
     */
    private String nextRegistrationNumber(int year) {
        Number next = (Number) em.createNativeQuery("""
                insert into registration_counter (year, last_number) values (?1, 1)
                on conflict (year) do update set last_number = registration_counter.last_number + 1
                returning last_number""")
                .setParameter(1, year).getSingleResult();
        return String.format("PPID-%d-%06d", year, next.longValue());
    }

    /** The applicant's pseudonymous id: by account for online applicants, by identity number for walk-ins. */
    private UUID applicantId(Actor actor, SubmitRequestBody.Applicant applicant, Instant now) {
        String column;
        String value;
        if (actor.role() == Actor.Role.APPLICANT) {
            column = "owner_subject";
            value = actor.subject();
        } else {
            column = "identity_hash";
            String number = applicant.kind() == ApplicantKind.PERSON ? applicant.nik() : applicant.deedNumber();
            value = nikProtector.identityHash(applicant.kind() + ":" + number.strip().toUpperCase());
        }
        em.createNativeQuery("insert into applicant (id, " + column + ", created_at) values (?1, ?2, ?3) "
                + "on conflict (" + column + ") do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, value).setParameter(3, now).executeUpdate();
        return (UUID) em.createNativeQuery("select id from applicant where " + column + " = ?1")
                .setParameter(1, value).getSingleResult();
    }

    private String fingerprint(SubmitRequestBody form) {
        try {
            byte[] canonical = json.writeValueAsBytes(form);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
