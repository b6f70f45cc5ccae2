package id.go.cilegon.ppid.request.service;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionSource;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ObjectionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.contracts.common.ReceiptChannel;
import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import id.go.cilegon.ppid.contracts.request.DisputeFiled;
import id.go.cilegon.ppid.contracts.request.NoticeReceived;
import id.go.cilegon.ppid.contracts.request.ObjectionDecided;
import id.go.cilegon.ppid.contracts.request.ObjectionFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.contracts.sla.NoticeDelivered;
import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.NoticeRules;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.request.domain.TimelineEntry.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The steps of a request after intake. Each loads the request under a row lock, checks who may act,
 * lets the request's state machine check the law, and writes the timeline entry and the event in
 * the same transaction.
 */
@ApplicationScoped
public class LifecycleService {

    private static final Logger LOG = Logger.getLogger(LifecycleService.class);

    @Inject
    Clock clock;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    AccessPolicy access;

    @Inject
    Outbox outbox;

    @Transactional
    public InformationRequest extend(UUID id, String reason, Integer workingDays, Actor actor) {
        InformationRequest request = lock(id);
        access.requireAnsweringDesk(actor, request);
        Instant now = clock.instant();
        LocalDate previousDue = request.dueDate();
        request.extend(reason, workingDays, now, LegalTime.toLegalDate(now), deadlines);
        record(
                request,
                Step.EXTENDED,
                actor,
                now,
                "Extended to " + request.dueDate() + ": " + request.extensionReason());
        outbox.append(
                new RequestExtended(
                        request.id(),
                        request.nextEventSequence(),
                        request.extensionReason(),
                        previousDue,
                        request.dueDate(),
                        now,
                        request.assignedOpdCode(),
                        request.unansweredObjectionDeadline(),
                        deadlines
                                .estimates()
                                .date("previousDueDate", request.receivedDate(), previousDue)
                                .date("dueDate", request.receivedDate(), request.dueDate())
                                .date(
                                        "unansweredObjectionDeadline",
                                        request.receivedDate(),
                                        request.unansweredObjectionDeadline())
                                .forEvent()),
                request.id().toString(),
                now);
        return request;
    }

    @Transactional
    public InformationRequest decide(UUID id, DecisionType type, DecisionNotice notice, Actor actor) {
        InformationRequest request = lock(id);
        access.requireAnsweringDesk(actor, request);
        requireValidNotice(type, notice, "");
        String opdCode = actor.opdCode() != null ? actor.opdCode() : request.assignedOpdCode();
        return applyDecision(request, type, notice, DecisionSource.PPID_OFFICER, opdCode, actor, clock.instant());
    }

    /**
     * A decision an OPD system published on {@code ppid.opd.events.v1}: accepted only for a request
     * assigned to that OPD; anything else is refused with the reason (the consumer dead-letters it).
     *
     * @param arrivedAt when the broker received the decision ({@code LogAppendTime}), or null: the answer counts from
     *                  then, not from when this service read it, so a decision read late after an outage keeps its real
     *                  date. Never a time the OPD system chose, never before receipt, never in the future.
     */
    @Transactional
    public InformationRequest decideFromOpdSystem(
            UUID id, String opdCode, DecisionType type, DecisionNotice notice, Instant arrivedAt) {
        InformationRequest request = InformationRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new RequestNotFoundException(id);
        }
        if (!opdCode.equals(request.assignedOpdCode())) {
            throw new AccessDeniedException(
                    "other-opd",
                    "Request " + request.registrationNumber()
                            + " is assigned to "
                            + (request.assignedOpdCode() == null ? "no OPD" : request.assignedOpdCode())
                            + ", not to " + opdCode + ".",
                    "Permohonan tidak ditugaskan ke " + opdCode + ".");
        }
        requireValidNotice(type, notice, "notice.");
        Instant now = clock.instant();
        Instant decidedAt = arrivedAt != null && arrivedAt.isBefore(now) && !arrivedAt.isBefore(request.receivedAt())
                ? arrivedAt
                : now;
        return applyDecision(
                request, type, notice, DecisionSource.OPD_SYSTEM, opdCode, Actor.opdSystem(opdCode), decidedAt);
    }

    private InformationRequest applyDecision(
            InformationRequest request,
            DecisionType type,
            DecisionNotice notice,
            DecisionSource source,
            String opdCode,
            Actor actor,
            Instant now) {
        LocalDate today = LegalTime.toLegalDate(now);
        request.decide(type, notice, source, opdCode, now, today, deadlines);
        boolean onTime = !today.isAfter(request.dueDate());
        record(
                request,
                Step.DECIDED,
                actor,
                now,
                request.correctedDecision()
                        ? "Corrected decision " + request.decisionNumber() + " after the upheld objection "
                                + request.objectionNumber() + ", superseding decision " + (request.decisionNumber() - 1)
                                + ": " + type
                        : type + (onTime ? " (on time)" : " (late, due " + request.dueDate() + ")"));
        outbox.append(
                new RequestDecided(
                        request.id(),
                        request.nextEventSequence(),
                        type,
                        notice,
                        source,
                        opdCode,
                        now,
                        today,
                        request.dueDate(),
                        onTime,
                        deadlines.workingDaysBetween(request.receivedDate(), today),
                        request.objectionDeadline(),
                        deadlines
                                .estimates()
                                .date("dueDate", request.receivedDate(), request.dueDate())
                                .date("objectionDeadline", today, request.objectionDeadline())
                                .forEvent(),
                        request.decisionNumber()),
                request.id().toString(),
                now);
        LOG.infof("Request %s decided %s by %s (%s)", request.id(), type, source, onTime ? "on time" : "late");
        return request;
    }

    @Transactional
    public InformationRequest withdraw(UUID id, String reason, String statementReference, Actor actor) {
        InformationRequest request = lock(id);
        access.requireApplicantSide(actor, request);
        Instant now = clock.instant();
        request.withdraw(reason, statementReference, actor.role(), now, LegalTime.toLegalDate(now), deadlines);
        record(
                request,
                Step.WITHDRAWN,
                actor,
                now,
                // The reason is the applicant's words: it stays on the request, where an erasure reaches it.
                actor.role() == Actor.Role.APPLICANT
                        ? "By the applicant"
                        : "By " + actor.role() + (actor.opdCode() == null ? "" : " " + actor.opdCode())
                                + " on the applicant's signed statement " + request.withdrawalStatementReference());
        outbox.append(
                new RequestWithdrawn(request.id(), request.nextEventSequence(), now),
                request.id().toString(),
                now);
        return request;
    }

    @Transactional
    public InformationRequest object(UUID id, List<ObjectionGround> grounds, String statement, Actor actor) {
        InformationRequest request = lock(id);
        access.requireApplicantSide(actor, request);
        Instant now = clock.instant();
        request.object(grounds, statement, now, LegalTime.toLegalDate(now), deadlines);
        record(
                request,
                Step.OBJECTION_FILED,
                actor,
                now,
                "Grounds " + grounds.stream().map(ObjectionGround::letter).toList() + ", decision due "
                        + request.objectionDueDate()
                        + (Boolean.TRUE.equals(request.objectionLate())
                                ? "; filed after its window closed on " + request.objectionWindowEnd()
                                        + ": accepted, for the Atasan PPID to rule on (Pasal 35-36(1))"
                                : ""));
        outbox.append(
                new ObjectionFiled(
                        request.id(),
                        request.nextEventSequence(),
                        request.objectionGrounds(),
                        now,
                        request.objectionFiledDate(),
                        request.objectionDueDate(),
                        request.assignedOpdCode(),
                        deadlines
                                .estimates()
                                .date("decisionDueDate", request.objectionFiledDate(), request.objectionDueDate())
                                .date(
                                        "unansweredDisputeDeadline",
                                        request.objectionFiledDate(),
                                        request.unansweredDisputeDeadline())
                                .forEvent(),
                        request.objectionNumber(),
                        request.objectionLate(),
                        request.objectionWindowEnd(),
                        request.unansweredDisputeDeadline()),
                request.id().toString(),
                now);
        return request;
    }

    @Transactional
    public InformationRequest decideObjection(UUID id, ObjectionOutcome outcome, String reasons, Actor actor) {
        InformationRequest request = lock(id);
        Instant now = clock.instant();
        LocalDate today = LegalTime.toLegalDate(now);
        request.decideObjection(outcome, reasons, now, today, deadlines);
        boolean onTime = !today.isAfter(request.objectionDueDate());
        record(
                request,
                Step.OBJECTION_DECIDED,
                actor,
                now,
                outcome + ", dispute possible until " + request.disputeDeadline());
        outbox.append(
                new ObjectionDecided(
                        request.id(),
                        request.nextEventSequence(),
                        outcome,
                        request.objectionReasons(),
                        now,
                        today,
                        onTime,
                        request.disputeDeadline(),
                        request.assignedOpdCode(),
                        deadlines
                                .estimates()
                                .date("disputeDeadline", today, request.disputeDeadline())
                                .forEvent(),
                        request.objectionNumber()),
                request.id().toString(),
                now);
        return request;
    }

    @Transactional
    public InformationRequest recordDispute(UUID id, LocalDate filedDate, String caseNumber, Actor actor) {
        InformationRequest request = lock(id);
        if (actor.role() != Actor.Role.PPID_MAIN) {
            access.requireApplicantSide(actor, request);
        }
        Instant now = clock.instant();
        request.recordDispute(filedDate, caseNumber, now, LegalTime.toLegalDate(now), deadlines);
        record(
                request,
                Step.DISPUTE_FILED,
                actor,
                now,
                "Filed with the Komisi Informasi on " + filedDate
                        + (request.disputeCaseNumber() == null ? "" : ", case " + request.disputeCaseNumber())
                        + (Boolean.TRUE.equals(request.disputeLate())
                                ? "; after the window closed on " + request.disputeDeadline()
                                        + ": recorded, admissibility is for the Komisi Informasi (Pasal 37(2))"
                                : ""));
        outbox.append(
                new DisputeFiled(
                        request.id(),
                        request.nextEventSequence(),
                        filedDate,
                        request.disputeCaseNumber(),
                        !Boolean.TRUE.equals(request.disputeLate()),
                        now),
                request.id().toString(),
                now);
        return request;
    }

    /**
     * The applicant received a written notice, as the desk (collected, or delivered by post, on a date) or the
     * applicant (opened in the portal, today) records it; {@code number} absent: the current one.
     */
    @Transactional
    public InformationRequest noticeReceived(
            UUID id, WrittenNotice notice, Integer number, LocalDate receivedOn, ReceiptChannel via, Actor actor) {
        InformationRequest request = lock(id);
        access.requireView(actor, request);
        Instant now = clock.instant();
        LocalDate today = LegalTime.toLegalDate(now);
        List<FieldViolation> violations = new ArrayList<>();
        if (actor.role() == Actor.Role.APPLICANT) {
            // The applicant's own word counts for today only, and only as having opened it here.
            if (via != null && via != ReceiptChannel.PORTAL) {
                violations.add(new FieldViolation(
                        "via",
                        "receipt-via-applicant",
                        "An applicant records only that they opened the notice here (PORTAL).",
                        "Pemohon hanya mencatat bahwa ia membuka surat di sini (PORTAL)."));
            }
            if (receivedOn != null && !receivedOn.equals(today)) {
                violations.add(new FieldViolation(
                        "receivedOn",
                        "receipt-date-applicant",
                        "An applicant records the receipt today; a past date is recorded by the desk.",
                        "Pemohon mencatat penerimaan hari ini; tanggal lampau dicatat oleh petugas."));
            }
            via = ReceiptChannel.PORTAL;
            receivedOn = today;
        } else {
            if (via != ReceiptChannel.DESK && via != ReceiptChannel.POST) {
                violations.add(new FieldViolation(
                        "via",
                        "receipt-via-desk",
                        "The desk records a notice collected at the desk (DESK) or delivered by post (POST).",
                        "Petugas mencatat surat yang diambil di loket (DESK) atau dikirim lewat pos (POST)."));
            }
            if (receivedOn == null) {
                violations.add(new FieldViolation(
                        "receivedOn",
                        "receipt-date-required",
                        "The desk records the date the applicant received the notice.",
                        "Petugas mencatat tanggal pemohon menerima surat."));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        applyReceipt(
                request,
                notice,
                number == null ? request.currentNumber(notice) : number,
                receivedOn,
                via,
                actor,
                now,
                today);
        return request;
    }

    /** notification-service delivered the applicant's e-mail with the notice: received that day. */
    @Transactional
    public void noticeDelivered(NoticeDelivered delivered) {
        InformationRequest request = lock(delivered.requestId());
        int current = request.currentNumber(delivered.notice());
        if (delivered.noticeNumber() != current) {
            // The mail of a notice that was superseded meanwhile (a corrected decision): its window no longer runs.
            LOG.infof(
                    "Request %s: %s %d delivered, but %d is current; nothing to count",
                    request.id(), delivered.notice(), delivered.noticeNumber(), current);
            return;
        }
        Instant now = clock.instant();
        Instant at = delivered.deliveredAt().isAfter(now) ? now : delivered.deliveredAt();
        applyReceipt(
                request,
                delivered.notice(),
                current,
                LegalTime.toLegalDate(at),
                ReceiptChannel.EMAIL,
                Actor.system(),
                now,
                LegalTime.toLegalDate(now));
    }

    private void applyReceipt(
            InformationRequest request,
            WrittenNotice notice,
            int number,
            LocalDate receivedOn,
            ReceiptChannel via,
            Actor actor,
            Instant now,
            LocalDate today) {
        Optional<LocalDate> windowEnd = request.noticeReceived(notice, number, receivedOn, via, today, deadlines);
        if (windowEnd.isEmpty()) {
            return;
        }
        LocalDate end = windowEnd.get();
        boolean decision = notice == WrittenNotice.DECISION;
        record(
                request,
                Step.NOTICE_RECEIVED,
                actor,
                now,
                (decision ? "Decision " : "Answer to objection ") + number
                        + " received on " + receivedOn + " (" + via + "); " + (decision ? "objection" : "dispute")
                        + " possible until " + end);
        outbox.append(
                new NoticeReceived(
                        request.id(),
                        request.nextEventSequence(),
                        notice,
                        number,
                        receivedOn,
                        via,
                        end,
                        deadlines.estimates().date("windowEnd", receivedOn, end).forEvent(),
                        now),
                request.id().toString(),
                now);
    }

    private static void requireValidNotice(DecisionType type, DecisionNotice notice, String prefix) {
        List<FieldViolation> violations = NoticeRules.check(type, notice, prefix);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static InformationRequest lock(UUID id) {
        InformationRequest request = InformationRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new RequestNotFoundException(id);
        }
        return request;
    }

    private static void record(InformationRequest request, Step step, Actor actor, Instant at, String note) {
        TimelineEntry.of(request.id(), step, actor, at, note).persist();
    }
}
