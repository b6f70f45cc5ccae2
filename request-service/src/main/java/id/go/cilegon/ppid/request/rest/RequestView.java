package id.go.cilegon.ppid.request.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.cilegon.ppid.calendar.Explanation;
import id.go.cilegon.ppid.calendar.ProvisionalNote;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionSource;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.FilingChannel;
import id.go.cilegon.ppid.contracts.common.ObjectionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.contracts.common.ReceiptChannel;
import id.go.cilegon.ppid.request.domain.EarlierDecision;
import id.go.cilegon.ppid.request.domain.EarlierObjection;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.RequestStatus;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.request.security.NikProtector;
import id.go.cilegon.ppid.request.service.DeadlinePolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A request as the API shows it; the NIK is in clear only for its owner. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(
        UUID id,
        String registrationNumber,
        RequestStatus status,
        FilingChannel channel,
        String filingOpdCode,
        Instant receivedAt,
        LocalDate receivedDate,
        LocalDate dueDate,
        DueDate dueDateExplanation,
        Estimates provisionalDates,
        LocalDate unansweredObjectionDeadline,
        String assignedOpdCode,
        Applicant applicant,
        Proxy proxy,
        String informationDetails,
        String purpose,
        List<AccessMethod> accessMethods,
        List<CopyDelivery> copyDeliveries,
        Extension extension,
        Decision decision,
        Withdrawal withdrawal,
        Objection objection,
        Dispute dispute,
        List<EarlierDecision> earlierDecisions,
        List<EarlierObjection> earlierObjections,
        PersonalData personalData) {

    /**
     * Where the applicant's personal data stands (UU 27/2022): absent while it is kept and no erasure was asked for.
     *
     * @param erasedBecause APPLICANT_REQUEST or RETENTION
     */
    public record PersonalData(Instant erasureRequestedAt, Instant erasedAt, String erasedBecause) {}

    /** Why the due date falls where it does: the days skipped, in both languages, and whether it is an estimate. */
    public record DueDate(
            LocalDate date,
            int workingDays,
            boolean provisional,
            String explanation,
            String explanationId,
            List<SkippedDay> skippedDays) {
        static DueDate of(Explanation e) {
            return new DueDate(
                    e.result(),
                    e.workingDays(),
                    e.provisional(),
                    e.english(),
                    e.indonesian(),
                    e.skipped().stream()
                            .map(d -> new SkippedDay(
                                    d.date(),
                                    d.reason().name(),
                                    d.name().orElse(null),
                                    d.candidate() ? Boolean.TRUE : null))
                            .toList());
        }
    }

    /** A skipped day; {@code candidate} marks a day off that only a decree not yet loaded may confirm. */
    public record SkippedDay(LocalDate date, String reason, String name, Boolean candidate) {}

    /**
     * The request's dates that are estimates (counted through a year whose holiday decree is not loaded yet), by
     * their field names, with the caveat in both languages. Absent when every date is final.
     */
    public record Estimates(List<String> dates, List<Integer> years, String note, String noteId) {
        static Estimates of(DeadlinePolicy.Estimates estimates) {
            if (estimates == null || estimates.isEmpty()) {
                return null;
            }
            return new Estimates(
                    estimates.names(),
                    estimates.years(),
                    ProvisionalNote.english(estimates.years(), Side.BODY) + "; an applicant's window counts every "
                            + "possible holiday instead (the latest plausible date)",
                    ProvisionalNote.indonesian(estimates.years(), Side.BODY) + "; batas waktu pemohon dihitung dengan "
                            + "semua kemungkinan hari libur (tanggal paling akhir)");
        }
    }

    public record Applicant(
            UUID id,
            ApplicantKind kind,
            String fullName,
            String nik,
            String deedNumber,
            String address,
            String phone,
            String email,
            String preferredLanguage) {}

    public record Proxy(String fullName, String powerOfAttorney) {}

    public record Extension(String reason, Instant extendedAt, LocalDate previousDueDate) {}

    /**
     * The answer in force: {@code number} 1 for the first, more for a corrected decision (the ones it superseded are in
     * {@code earlierDecisions}); {@code objectionDeadline}: the applicant's last day to object to it (Pasal 35-36(1)),
     * counted from {@code noticeReceivedDate} once known.
     */
    public record Decision(
            int number,
            DecisionType type,
            DecisionNotice notice,
            DecisionSource source,
            String opdCode,
            Instant decidedAt,
            LocalDate decidedDate,
            boolean onTime,
            LocalDate objectionDeadline,
            LocalDate noticeReceivedDate,
            ReceiptChannel noticeReceivedVia) {}

    /** Who withdrew and on what basis: the applicant, or the desk on the applicant's signed statement (its reference). */
    public record Withdrawal(String reason, Instant withdrawnAt, String withdrawnBy, String statementReference) {}

    /**
     * The objection: {@code late} when filed after its window ({@code windowEnd}), accepted all the same for the Atasan
     * PPID to rule on; {@code unansweredDisputeDeadline}: the last day to go to the Komisi Informasi if the Atasan does
     * not answer by {@code decisionDueDate}; {@code againstDecision}: the number of the decision objected to, 0 for
     * no answer; {@code disputeDeadline} counts from {@code answerReceivedDate} once known.
     */
    public record Objection(
            int number,
            int againstDecision,
            List<ObjectionGround> grounds,
            String statement,
            Instant filedAt,
            LocalDate filedDate,
            LocalDate decisionDueDate,
            Boolean late,
            LocalDate windowEnd,
            LocalDate unansweredDisputeDeadline,
            ObjectionOutcome outcome,
            String reasons,
            Instant decidedAt,
            LocalDate decidedDate,
            LocalDate disputeDeadline,
            LocalDate answerReceivedDate,
            ReceiptChannel answerReceivedVia) {}

    /** The dispute; {@code late} when recorded after its window: admissibility is the Komisi Informasi's. */
    public record Dispute(LocalDate filedDate, String caseNumber, Instant recordedAt, Boolean late) {}

    /** A timeline entry as the API shows it. */
    public record TimelineStep(Instant at, TimelineEntry.Step step, String actorRole, String actorOpd, String note) {
        public static TimelineStep of(TimelineEntry entry) {
            return new TimelineStep(
                    entry.occurredAt(), entry.step(), entry.actorRole().name(), entry.actorOpd(), entry.note());
        }
    }

    public static RequestView of(
            InformationRequest r, Explanation due, DeadlinePolicy.Estimates estimates, String nikInClear) {
        String nik = nikInClear == null ? null : nikInClear;
        return new RequestView(
                r.id(),
                r.registrationNumber(),
                r.status(),
                r.channel(),
                r.filingOpdCode(),
                r.receivedAt(),
                r.receivedDate(),
                r.dueDate(),
                due == null ? null : DueDate.of(due),
                Estimates.of(estimates),
                r.decision() == null ? r.unansweredObjectionDeadline() : null,
                r.assignedOpdCode(),
                new Applicant(
                        r.applicantId(),
                        r.applicantKind(),
                        r.applicantName(),
                        nik,
                        r.applicantDeedNumber(),
                        r.applicantAddress(),
                        r.applicantPhone(),
                        r.applicantEmail(),
                        r.preferredLanguage()),
                r.proxyName() == null ? null : new Proxy(r.proxyName(), r.proxyPowerOfAttorney()),
                r.informationDetails(),
                r.purpose(),
                r.accessMethods(),
                r.copyDeliveries(),
                r.extendedAt() == null ? null : new Extension(r.extensionReason(), r.extendedAt(), r.originalDueDate()),
                r.decision() == null
                        ? null
                        : new Decision(
                                r.decisionNumber(),
                                r.decision(),
                                r.decisionNotice(),
                                r.decisionSource(),
                                r.decisionOpdCode(),
                                r.decidedAt(),
                                r.decidedDate(),
                                !r.decidedDate().isAfter(r.dueDate()),
                                r.objectionDeadline(),
                                r.decisionReceivedDate(),
                                r.decisionReceivedVia()),
                r.withdrawnAt() == null
                        ? null
                        : new Withdrawal(
                                r.withdrawalReason(),
                                r.withdrawnAt(),
                                r.withdrawnBy() == null ? null : r.withdrawnBy().name(),
                                r.withdrawalStatementReference()),
                r.objectionFiledAt() == null
                        ? null
                        : new Objection(
                                r.objectionNumber(),
                                r.objectionDecisionNumber(),
                                r.objectionGrounds(),
                                r.objectionStatement(),
                                r.objectionFiledAt(),
                                r.objectionFiledDate(),
                                r.objectionDueDate(),
                                r.objectionLate(),
                                r.objectionWindowEnd(),
                                r.unansweredDisputeDeadline(),
                                r.objectionOutcome(),
                                r.objectionReasons(),
                                r.objectionDecidedAt(),
                                r.objectionDecidedDate(),
                                r.disputeDeadline(),
                                r.objectionAnswerReceivedDate(),
                                r.objectionAnswerReceivedVia()),
                r.disputeRecordedAt() == null
                        ? null
                        : new Dispute(
                                r.disputeFiledDate(), r.disputeCaseNumber(), r.disputeRecordedAt(), r.disputeLate()),
                r.earlierDecisions() == null || r.earlierDecisions().isEmpty() ? null : r.earlierDecisions(),
                r.earlierObjections() == null || r.earlierObjections().isEmpty() ? null : r.earlierObjections(),
                r.erasureRequestedAt() == null && r.personalDataErasedAt() == null
                        ? null
                        : new PersonalData(
                                r.erasureRequestedAt(),
                                r.personalDataErasedAt(),
                                r.personalDataErasedBecause() == null
                                        ? null
                                        : r.personalDataErasedBecause().name()));
    }

    /** Masks an identity number for anyone but its owner. */
    public static String nikFor(String nik, boolean owner) {
        return owner ? nik : NikProtector.mask(nik);
    }
}
