package id.go.cilegon.ppid.request.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.cilegon.ppid.calendar.Explanation;
import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.contracts.applicant.ApplicantContact;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestTexts;
import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.PhoneNumbers;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.request.security.NikProtector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Registers requests (UU 14/2008 Pasal 22(1)-(6)): the registration number, the receipt time and
 * the legal due date, in one transaction with the events that announce it. An Idempotency-Key makes
 * a retried submission return the first result instead of registering a second request.
 *
 * <p>Registration numbers are gapless per year, so every submission of a year shares one counter row
 * whose lock lasts until the commit. One request per transaction would serialise the whole service on
 * that lock; {@link IntakeWriter} therefore registers the submissions waiting at the same moment in one
 * transaction ({@link #register}), which takes the counter once for all of them.
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

    @Inject
    IntakeWriter writer;

    /** The outcome of a submission; {@code created} is false when an Idempotency-Key replayed an earlier one. */
    public record Intake(InformationRequest request, boolean created, Explanation dueDate) {}

    /**
     * A submission ready to be written: everything that costs CPU but needs no database (the fingerprint,
     * the walk-in identity hash) is done on the caller's thread, not the writer's. The NIK is sealed by the writer, once
     * the request has its id (the associated data of its encryption).
     *
     * @param receivedAt when the request reached the platform, before it waited for a writer: the legal moment of
     *                   receipt (Pasal 22(4)), which sets the due date and the year of the registration number
     */
    public record Submission(
            IntakeCommand form,
            Actor actor,
            String idempotencyKey,
            String fingerprint,
            String applicantColumn,
            String applicantValue,
            List<String> formerApplicantValues,
            Instant receivedAt) {}

    /** Registers one submission and waits until the transaction that carries it committed. */
    public Intake submit(IntakeCommand form, Actor actor, String idempotencyKey) {
        return writer.write(prepare(form, actor, idempotencyKey));
    }

    Submission prepare(IntakeCommand form, Actor actor, String idempotencyKey) {
        IntakeCommand.Applicant applicant = form.applicant();
        String column;
        List<String> values;
        if (actor.role() == Actor.Role.APPLICANT) {
            // Online applicants are known by their account; walk-ins by their identity number.
            column = "owner_subject";
            values = List.of(actor.subject());
        } else {
            column = "identity_hash";
            String number = applicant.kind() == ApplicantKind.PERSON ? applicant.nik() : applicant.deedNumber();
            values = nikProtector.identityHashes(
                    applicant.kind() + ":" + number.strip().toUpperCase());
        }
        return new Submission(
                form,
                actor,
                idempotencyKey,
                idempotencyKey == null ? null : fingerprint(form),
                column,
                values.get(0),
                values.subList(1, values.size()),
                clock.instant());
    }

    /** The dates of a request received on one day: the same for every submission of the day. */
    private record Dates(Explanation due, LocalDate unansweredObjectionDeadline, ProvisionalDates provisional) {}

    /**
     * Registers the submissions in the caller's transaction, in their order, each as received when it reached the
     * platform. Everything that does not need a registration number is written first; then the counter row of each
     * year, the one lock all submissions of a year share, is advanced once for the batch, so from that lock to the
     * commit only the inserts that carry the numbers remain, each kind sent as one JDBC batch. A submission whose
     * Idempotency-Key was used before returns the earlier request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Intake> register(List<Submission> batch) {
        Map<LocalDate, Dates> datesOf = new HashMap<>();
        List<Intake> results = new ArrayList<>(batch.size());
        List<Submission> fresh = new ArrayList<>(batch.size());
        List<InformationRequest> requests = new ArrayList<>(batch.size());
        for (Submission submission : batch) {
            UUID requestId = UUID.randomUUID();
            if (submission.idempotencyKey() != null) {
                UUID earlier = claimIdempotencyKey(
                        submission.actor().subject(), submission.idempotencyKey(), submission.fingerprint(), requestId);
                if (earlier != null) {
                    results.add(replayed(earlier));
                    continue;
                }
            }
            Instant now = submission.receivedAt();
            LocalDate today = LegalTime.toLegalDate(now);
            Dates dates = datesOf.computeIfAbsent(today, this::dates);
            String nik = submission.form().applicant().nik();
            InformationRequest.Filing filing = filing(
                    submission, nik == null || nik.isBlank() ? null : nikProtector.encrypt(nik.strip(), requestId));
            InformationRequest request = InformationRequest.received(
                    requestId,
                    submission.actor(),
                    applicantId(
                            submission.applicantColumn(),
                            submission.applicantValue(),
                            submission.formerApplicantValues(),
                            now),
                    filing,
                    now,
                    dates.due().result(),
                    dates.unansweredObjectionDeadline());
            results.add(new Intake(request, true, dates.due()));
            fresh.add(submission);
            requests.add(request);
        }
        if (fresh.isEmpty()) {
            return results;
        }

        // Numbered per year of receipt, in queue order; the years' counters taken in ascending order, as every batch
        // takes them, so two batches around New Year cannot deadlock.
        Map<Integer, Long> nextNumber = new TreeMap<>();
        requests.forEach(r -> nextNumber.merge(r.receivedDate().getYear(), 1L, Long::sum));
        nextNumber.replaceAll((year, count) -> reserveRegistrationNumbers(year, count.intValue()) - count);
        List<TimelineEntry> timeline = new ArrayList<>(fresh.size());
        List<Outbox.Entry> contacts = new ArrayList<>(fresh.size());
        List<Outbox.Entry> submitted = new ArrayList<>(fresh.size());
        List<Outbox.Entry> texts = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            InformationRequest request = requests.get(i);
            Instant now = request.receivedAt();
            LocalDate today = request.receivedDate();
            Dates dates = datesOf.get(today);
            // Numbered before the insert, so the row is written once (no update of event_sequence under the lock).
            long submittedSequence = request.nextEventSequence();
            long number = nextNumber.merge(today.getYear(), 1L, Long::sum);
            request.assignRegistrationNumber(number);
            request.persist();
            timeline.add(TimelineEntry.of(
                    request.id(),
                    TimelineEntry.Step.SUBMITTED,
                    fresh.get(i).actor(),
                    now,
                    "Registered as " + request.registrationNumber() + ", answer due " + request.dueDate()));
            contacts.add(new Outbox.Entry(
                    new ApplicantContact(
                            request.applicantId(),
                            request.applicantName(),
                            request.applicantEmail(),
                            request.applicantPhone(),
                            request.preferredLanguage(),
                            now),
                    request.applicantId().toString(),
                    now));
            submitted.add(new Outbox.Entry(
                    new RequestSubmitted(
                            request.id(),
                            submittedSequence,
                            request.registrationNumber(),
                            request.applicantId(),
                            request.applicantKind(),
                            request.channel(),
                            request.filingOpdCode(),
                            request.accessMethods(),
                            request.copyDeliveries(),
                            now,
                            today,
                            request.dueDate(),
                            dates.unansweredObjectionDeadline(),
                            dates.provisional()),
                    request.id().toString(),
                    now));
            texts.add(new Outbox.Entry(
                    new RequestTexts(request.id(), request.informationDetails(), request.purpose(), now),
                    request.id().toString(),
                    now));
            LOG.infof(
                    "Request %s registered as %s (%s), due %s",
                    request.id(), request.registrationNumber(), request.channel(), request.dueDate());
        }
        em.flush(); // the requests, as one batch (statement-batch-size), before the rows that refer to them
        insertTimeline(timeline);
        // Contacts first, so notification-service knows how to reach an applicant before it hears of the request; the
        // texts before the request too (routing-service routes once it has both, in whichever order they come).
        contacts.addAll(texts);
        contacts.addAll(submitted);
        outbox.appendAll(contacts);
        return results;
    }

    private Dates dates(LocalDate received) {
        Explanation due = deadlines.explainAnswerDue(received, Side.BODY);
        LocalDate unansweredObjectionDeadline = deadlines.unansweredObjectionDeadline(received, null);
        return new Dates(
                due,
                unansweredObjectionDeadline,
                deadlines
                        .estimates()
                        .date("dueDate", received, due.result())
                        .date("unansweredObjectionDeadline", received, unansweredObjectionDeadline)
                        .forEvent());
    }

    /** The SUBMITTED entries as one JDBC batch (TimelineEntry's identity ids would make Hibernate insert one by one). */
    private void insertTimeline(List<TimelineEntry> entries) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into timeline_entry (request_id, occurred_at, step, actor_role, actor_opd, note)
                    values (?, ?, ?, ?, ?, ?)""")) {
                for (TimelineEntry entry : entries) {
                    insert.setObject(1, entry.requestId());
                    insert.setObject(2, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
                    insert.setString(3, entry.step().name());
                    insert.setString(4, entry.actorRole().name());
                    insert.setString(5, entry.actorOpd());
                    insert.setString(6, entry.note());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private Intake replayed(UUID earlier) {
        InformationRequest existing = InformationRequest.findById(earlier);
        if (existing == null) {
            // Claimed earlier in this very batch; IntakeWriter never batches one key twice, so this is a bug.
            throw new IllegalStateException("Idempotency-Key claimed in the same batch for request " + earlier);
        }
        return new Intake(existing, false, deadlines.explainAnswerDue(existing.receivedDate(), Side.BODY));
    }

    /** The form as the request keeps it: text stripped, blanks absent, the phone in E.164, Indonesian by default. */
    private static InformationRequest.Filing filing(Submission submission, byte[] encryptedNik) {
        IntakeCommand form = submission.form();
        IntakeCommand.Applicant applicant = form.applicant();
        return new InformationRequest.Filing(
                applicant.kind(),
                applicant.fullName().strip(),
                encryptedNik,
                blankToNull(applicant.deedNumber()),
                applicant.address().strip(),
                applicant.phone() == null || applicant.phone().isBlank()
                        ? null
                        : PhoneNumbers.toE164(applicant.phone()),
                blankToNull(applicant.email()),
                applicant.preferredLanguage() == null ? "id" : applicant.preferredLanguage(),
                form.proxy() == null ? null : form.proxy().fullName().strip(),
                form.proxy() == null ? null : form.proxy().powerOfAttorney().strip(),
                form.informationDetails().strip(),
                form.purpose().strip(),
                form.accessMethods(),
                form.copyDeliveries());
    }

    /**
     * Records the key, or returns the request an earlier submission with the same key created. A
     * concurrent submission with the same key waits on the unique index until the first commits.
     */
    private UUID claimIdempotencyKey(String owner, String key, String fingerprint, UUID requestId) {
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (owner, idempotency_key, payload_fingerprint, request_id, created_at)
                values (?1, ?2, ?3, ?4, now()) on conflict do nothing""")
                .setParameter(1, owner)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, requestId)
                .executeUpdate();
        if (inserted == 1) {
            return null;
        }
        Object[] earlier = (Object[]) em.createNativeQuery("""
                select payload_fingerprint, request_id from idempotency_key where owner = ?1 and idempotency_key = ?2""")
                .setParameter(1, owner)
                .setParameter(2, key)
                .getSingleResult();
        if (!fingerprint.equals(earlier[0])) {
            throw new IdempotencyConflictException();
        }
        return (UUID) earlier[1];
    }

    /**
     * Sequential per year and gapless: advances the year's counter by {@code count} and returns the last number
     * taken. The counter row stays locked until the transaction ends, and a rollback gives the numbers back.
     */
    private long reserveRegistrationNumbers(int year, int count) {
        Number last = (Number) em.createNativeQuery("""
                insert into registration_counter (year, last_number) values (?1, ?2)
                on conflict (year) do update set last_number = registration_counter.last_number + ?2
                returning last_number""")
                .setParameter(1, year)
                .setParameter(2, count)
                .getSingleResult();
        return last.longValue();
    }

    /**
     * The applicant's pseudonymous id, created on their first request (most requests come from known applicants). An
     * applicant recorded under a former hash (before the lookup key changed) is found by it and re-hashed.
     */
    private UUID applicantId(String column, String value, List<String> formerValues, Instant now) {
        UUID known = findApplicant(column, value);
        if (known != null) {
            return known;
        }
        for (String former : formerValues) {
            UUID found = findApplicant(column, former);
            if (found != null) {
                em.createNativeQuery("update applicant set " + column + " = ?1 where id = ?2")
                        .setParameter(1, value)
                        .setParameter(2, found)
                        .executeUpdate();
                return found;
            }
        }
        em.createNativeQuery("insert into applicant (id, " + column + ", created_at) values (?1, ?2, ?3) "
                        + "on conflict (" + column + ") do nothing")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, value)
                .setParameter(3, now)
                .executeUpdate();
        return findApplicant(column, value);
    }

    private UUID findApplicant(String column, String value) {
        List<?> ids = em.createNativeQuery("select id from applicant where " + column + " = ?1")
                .setParameter(1, value)
                .getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }

    private String fingerprint(IntakeCommand form) {
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
