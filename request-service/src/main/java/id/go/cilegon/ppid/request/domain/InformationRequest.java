package id.go.cilegon.ppid.request.domain;

import id.go.cilegon.ppid.calendar.LegalTime;
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
import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A request for public information and its whole legal lifecycle. The methods that change its state
 * are the state machine of UU 14/2008: each checks the law first and throws {@link LifecycleException}
 * with the reason when a step is not allowed. They are the only way it changes: it comes into being by
 * {@link #received}, its fields are private and read through accessors named after them, so no caller can skip a check
 * ({@code EncapsulationTest} keeps it so).
 */
@Entity
@Table(name = "information_request")
public class InformationRequest extends PanacheEntityBase {

    /** Who filed an online request once the link to its applicant's account is erased. */
    public static final String ERASED_SUBJECT = "erased-applicant";

    /** Grounds that need the written answer to exist (Pasal 35(1) a, d, e, f). */
    private static final Set<ObjectionGround> GROUNDS_ON_ANSWER = EnumSet.of(
            ObjectionGround.A_REFUSED_EXEMPTION, ObjectionGround.D_NOT_AS_REQUESTED,
            ObjectionGround.E_NOT_FULFILLED, ObjectionGround.F_UNREASONABLE_FEE);

    @Id
    private UUID id;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "applicant_id")
    private UUID applicantId;

    /** The token subject that may act as the applicant; null for walk-in requests. */
    @Column(name = "owner_subject")
    private String ownerSubject;

    @Enumerated(EnumType.STRING)
    private FilingChannel channel;

    @Column(name = "filed_by_subject")
    private String filedBySubject;

    @Column(name = "filing_opd_code")
    private String filingOpdCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind")
    private ApplicantKind applicantKind;

    @Column(name = "applicant_name")
    private String applicantName;

    /** The NIK, encrypted with AES-GCM; see {@code NikProtector}. */
    @Column(name = "applicant_nik")
    private byte[] applicantNik;

    @Column(name = "applicant_deed_number")
    private String applicantDeedNumber;

    @Column(name = "applicant_address")
    private String applicantAddress;

    @Column(name = "applicant_phone")
    private String applicantPhone;

    @Column(name = "applicant_email")
    private String applicantEmail;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(name = "proxy_name")
    private String proxyName;

    @Column(name = "proxy_power_of_attorney")
    private String proxyPowerOfAttorney;

    @Column(name = "information_details")
    private String informationDetails;

    private String purpose;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "access_methods")
    private List<AccessMethod> accessMethods;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "copy_deliveries")
    private List<CopyDelivery> copyDeliveries;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_date")
    private LocalDate receivedDate;

    @Column(name = "original_due_date")
    private LocalDate originalDueDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "extended_at")
    private Instant extendedAt;

    /** Pasal 22(8): the working days the extension gave (1 to 7); null before the officer chose (always 7 then). */
    @Column(name = "extension_working_days")
    private Integer extensionWorkingDays;

    /** The OPD that holds the information, as routing-service last said; null while unrouted or in transfer. */
    @Column(name = "assigned_opd_code")
    private String assignedOpdCode;

    /** The last routing event sequence applied, so a stale routing event never overrides a newer one. */
    @Column(name = "routing_sequence")
    private long routingSequence;

    @Enumerated(EnumType.STRING)
    private DecisionType decision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "decision_notice")
    private DecisionNotice decisionNotice;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_source")
    private DecisionSource decisionSource;

    @Column(name = "decision_opd_code")
    private String decisionOpdCode;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_date")
    private LocalDate decidedDate;

    /** The current decision's number: 1 for the first answer, one more for each corrected decision; 0 before any. */
    @Column(name = "decision_number")
    private int decisionNumber;

    /** When the applicant received the current decision's notice; null until known (Pasal 35-36(1) counts from it). */
    @Column(name = "decision_received_date")
    private LocalDate decisionReceivedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_received_via")
    private ReceiptChannel decisionReceivedVia;

    /** The decisions that corrected decisions superseded, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "earlier_decisions")
    private List<EarlierDecision> earlierDecisions;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** Who withdrew: the applicant, or the desk or PPID Utama on a walk-in applicant's signed statement. */
    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_by")
    private Actor.Role withdrawnBy;

    /** The reference of the walk-in applicant's signed withdrawal statement, when the desk withdrew for them. */
    @Column(name = "withdrawal_statement_ref")
    private String withdrawalStatementReference;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "objection_grounds")
    private List<ObjectionGround> objectionGrounds;

    @Column(name = "objection_statement")
    private String objectionStatement;

    @Column(name = "objection_filed_at")
    private Instant objectionFiledAt;

    @Column(name = "objection_filed_date")
    private LocalDate objectionFiledDate;

    @Column(name = "objection_due_date")
    private LocalDate objectionDueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_outcome")
    private ObjectionOutcome objectionOutcome;

    @Column(name = "objection_reasons")
    private String objectionReasons;

    @Column(name = "objection_decided_at")
    private Instant objectionDecidedAt;

    @Column(name = "objection_decided_date")
    private LocalDate objectionDecidedDate;

    /** The current objection's number: 1 for the first; 0 before any. */
    @Column(name = "objection_number")
    private int objectionNumber;

    /** The number of the decision the current objection objects to; 0 for no answer (grounds c, g). */
    @Column(name = "objection_decision_number")
    private int objectionDecisionNumber;

    /** When the applicant received the Atasan's answer; null until known (Pasal 37(2) counts from it). */
    @Column(name = "objection_answer_received_date")
    private LocalDate objectionAnswerReceivedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_answer_received_via")
    private ReceiptChannel objectionAnswerReceivedVia;

    /** The objections that a later objection followed, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "earlier_objections")
    private List<EarlierObjection> earlierObjections;

    @Column(name = "dispute_deadline")
    private LocalDate disputeDeadline;

    /** The objection was filed after its window: accepted, flagged for the Atasan PPID to rule on (Pasal 35-36(1)). */
    @Column(name = "objection_late")
    private Boolean objectionLate;

    /** The last day of the window the objection was measured against. */
    @Column(name = "objection_window_end")
    private LocalDate objectionWindowEnd;

    /** The applicant's last day to go to the Komisi Informasi if the Atasan does not answer in time (Pasal 37(2)). */
    @Column(name = "unanswered_dispute_deadline")
    private LocalDate unansweredDisputeDeadline;

    /** The dispute was recorded after its window: recorded all the same; admissibility is the Komisi Informasi's. */
    @Column(name = "dispute_late")
    private Boolean disputeLate;

    /** The applicant's last day to object if no answer comes (grounds c, g), as told to them; lengthened, never shortened. */
    @Column(name = "unanswered_objection_deadline")
    private LocalDate unansweredObjectionDeadline;

    /** The applicant's last day to object to the answer, as told to them; lengthened, never shortened. */
    @Column(name = "objection_deadline")
    private LocalDate objectionDeadline;

    @Column(name = "dispute_filed_date")
    private LocalDate disputeFiledDate;

    @Column(name = "dispute_case_number")
    private String disputeCaseNumber;

    @Column(name = "dispute_recorded_at")
    private Instant disputeRecordedAt;

    /** When the applicant asked for their personal data to be erased; it is, once the last window closed. */
    @Column(name = "erasure_requested_at")
    private Instant erasureRequestedAt;

    /** When the applicant's personal data and words were erased from this request; null while it holds them. */
    @Column(name = "personal_data_erased_at")
    private Instant personalDataErasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "personal_data_erased_because")
    private ErasureCause personalDataErasedBecause;

    /** Sequence number of the last event published for this request. */
    @Column(name = "event_sequence")
    private long eventSequence;

    @Version
    private long version;

    /** For JPA; a request comes into being only by {@link #received}. */
    protected InformationRequest() {}

    /** What the applicant filed, as intake took it from its channel (checked and normalised there). */
    public record Filing(
            ApplicantKind applicantKind,
            String applicantName,
            byte[] encryptedNik,
            String applicantDeedNumber,
            String applicantAddress,
            String applicantPhone,
            String applicantEmail,
            String preferredLanguage,
            String proxyName,
            String proxyPowerOfAttorney,
            String informationDetails,
            String purpose,
            List<AccessMethod> accessMethods,
            List<CopyDelivery> copyDeliveries) {}

    /**
     * Pasal 22(1)-(4): a request received at {@code receivedAt}, registered and with its answer clock running. Filed by
     * the applicant themself it is online and theirs to act on; filed by anyone else it is a walk-in request at that
     * desk's OPD. Its registration number follows ({@link #assignRegistrationNumber}).
     *
     * @param applicantId                 the applicant's pseudonymous id
     * @param dueDate                     Pasal 22(7): the answer's due date for the day of receipt, on the body's side
     * @param unansweredObjectionDeadline the applicant's last day to object if no answer comes (grounds c, g)
     */
    public static InformationRequest received(
            UUID id,
            Actor filedBy,
            UUID applicantId,
            Filing filing,
            Instant receivedAt,
            LocalDate dueDate,
            LocalDate unansweredObjectionDeadline) {
        InformationRequest request = new InformationRequest();
        request.id = id;
        boolean walkIn = filedBy.role() != Actor.Role.APPLICANT;
        request.channel = walkIn ? FilingChannel.WALK_IN : FilingChannel.ONLINE;
        request.ownerSubject = walkIn ? null : filedBy.subject();
        request.filedBySubject = filedBy.subject();
        request.filingOpdCode = walkIn ? filedBy.opdCode() : null;
        request.applicantId = applicantId;
        request.applicantKind = filing.applicantKind();
        request.applicantName = filing.applicantName();
        request.applicantNik =
                filing.encryptedNik() == null ? null : filing.encryptedNik().clone();
        request.applicantDeedNumber = filing.applicantDeedNumber();
        request.applicantAddress = filing.applicantAddress();
        request.applicantPhone = filing.applicantPhone();
        request.applicantEmail = filing.applicantEmail();
        request.preferredLanguage = filing.preferredLanguage();
        request.proxyName = filing.proxyName();
        request.proxyPowerOfAttorney = filing.proxyPowerOfAttorney();
        request.informationDetails = filing.informationDetails();
        request.purpose = filing.purpose();
        request.accessMethods = List.copyOf(filing.accessMethods());
        request.copyDeliveries = filing.copyDeliveries() == null ? List.of() : List.copyOf(filing.copyDeliveries());
        request.status = RequestStatus.REGISTERED;
        request.receivedAt = receivedAt;
        request.receivedDate = LegalTime.toLegalDate(receivedAt);
        request.originalDueDate = dueDate;
        request.dueDate = dueDate;
        request.unansweredObjectionDeadline = unansweredObjectionDeadline;
        return request;
    }

    /**
     * Pasal 22(4): the registration number, given once, as the {@code numberInYear}-th request received in the year of
     * its receipt.
     */
    public void assignRegistrationNumber(long numberInYear) {
        if (registrationNumber != null) {
            throw new IllegalStateException("Request " + id + " is registered already as " + registrationNumber);
        }
        this.registrationNumber = String.format("PPID-%d-%06d", receivedDate.getYear(), numberInYear);
    }

    /** Takes the next event sequence number for this request. */
    public long nextEventSequence() {
        return ++eventSequence;
    }

    // ---- routing ------------------------------------------------------------------------------

    /**
     * Routing-service's event {@code routingSequence} says the OPD {@code opdCode} holds the information. Routing is an
     * internal step: the legal clock keeps running, so no date moves. Returns false, changing nothing, for an event no
     * newer than the last one applied: routing events may arrive late and never override a newer one.
     */
    public boolean assignTo(String opdCode, long routingSequence) {
        return route(opdCode, routingSequence);
    }

    /**
     * Routing-service's event {@code routingSequence} says no OPD holds the request for now (queued for the PPID Utama,
     * or transferred away); as {@link #assignTo}, a stale event changes nothing and returns false.
     */
    public boolean unassign(long routingSequence) {
        return route(null, routingSequence);
    }

    private boolean route(String opdCode, long sequence) {
        if (sequence <= routingSequence) {
            return false;
        }
        this.routingSequence = sequence;
        this.assignedOpdCode = opdCode;
        return true;
    }

    // ---- the state machine --------------------------------------------------------------------

    /**
     * Pasal 22(8): once, by at most 7 working days ({@code workingDays}, 1 to the law's maximum; null: the maximum),
     * with written reasons, while the answer is still within its first period.
     */
    public void extend(String reason, Integer workingDays, Instant now, LocalDate today, Deadlines deadlines) {
        if (status != RequestStatus.REGISTERED) {
            if (status == RequestStatus.EXTENDED) {
                throw new LifecycleException(
                        "extension-already-used",
                        "The answer period can be extended only once (UU 14/2008 Pasal 22(8)).",
                        "Jangka waktu jawaban hanya dapat diperpanjang satu kali (UU 14/2008 Pasal 22 ayat 8).");
            }
            throw notAwaitingAnswer("extend");
        }
        // While the due date is an estimate (no decree for its year yet), the body keeps its right to extend until the
        // latest plausible due date: the platform's own gap never takes a lawful step away.
        LocalDate lastDay = latest(dueDate, deadlines.answerDue(receivedDate, Side.APPLICANT));
        if (today.isAfter(lastDay)) {
            throw new LifecycleException(
                    "extension-after-due-date",
                    "The extension must be given before the answer is due on " + lastDay + ".",
                    "Perpanjangan harus diberikan sebelum jatuh tempo jawaban pada " + lastDay + ".");
        }
        requireText(
                reason,
                "extension-reason-required",
                "An extension needs written reasons.",
                "Perpanjangan wajib disertai alasan tertulis.");
        int days = workingDays == null ? deadlines.maxExtensionWorkingDays() : workingDays;
        if (days < 1 || days > deadlines.maxExtensionWorkingDays()) {
            throw new LifecycleException(
                    "extension-too-long",
                    "An extension is at most " + deadlines.maxExtensionWorkingDays() + " working days (Pasal 22(8)); "
                            + days + " were asked.",
                    "Perpanjangan paling lama " + deadlines.maxExtensionWorkingDays()
                            + " hari kerja (Pasal 22 ayat 8); " + "diminta " + days + ".");
        }
        this.extensionReason = reason.strip();
        this.extendedAt = now;
        this.extensionWorkingDays = days;
        this.dueDate = deadlines.extendedDue(originalDueDate, days, Side.BODY);
        this.unansweredObjectionDeadline =
                latest(unansweredObjectionDeadline, deadlines.unansweredObjectionDeadline(receivedDate, days));
        this.status = RequestStatus.EXTENDED;
    }

    /**
     * Pasal 22(7): the written answer, late or on time; the notice must carry what the law requires. After the Atasan
     * PPID upheld an objection to it (Pasal 36), the body answers again: the corrected decision supersedes the earlier
     * one, which is kept ({@link #earlierDecisions}), and the applicant's window to object to it starts anew.
     */
    public void decide(
            DecisionType type,
            DecisionNotice notice,
            DecisionSource source,
            String opdCode,
            Instant now,
            LocalDate today,
            Deadlines deadlines) {
        boolean correction = decision != null
                && status == RequestStatus.OBJECTION_DECIDED
                && objectionOutcome == ObjectionOutcome.UPHELD
                && objectionDecisionNumber == decisionNumber;
        if (decision != null && !correction) {
            throw new LifecycleException(
                    "already-decided",
                    "This request was already answered on " + decidedDate + "; a corrected decision follows only an "
                            + "objection to it that the Atasan PPID upheld.",
                    "Permohonan ini sudah dijawab pada " + decidedDate + "; keputusan perbaikan hanya dapat menyusul "
                            + "keberatan atasnya yang dikabulkan Atasan PPID.");
        }
        if (!status.awaitsAnswer()
                && status != RequestStatus.OBJECTION_FILED
                && status != RequestStatus.OBJECTION_DECIDED) {
            throw notAwaitingAnswer("decide");
        }
        if (correction) {
            List<EarlierDecision> earlier =
                    earlierDecisions == null ? new ArrayList<>() : new ArrayList<>(earlierDecisions);
            earlier.add(new EarlierDecision(
                    decisionNumber,
                    decision,
                    decisionNotice,
                    decisionSource,
                    decisionOpdCode,
                    decidedAt,
                    decidedDate,
                    objectionDeadline,
                    decisionReceivedDate,
                    decisionReceivedVia,
                    now));
            this.earlierDecisions = earlier;
        }
        this.decisionNumber++;
        this.decisionReceivedDate = null;
        this.decisionReceivedVia = null;
        this.decision = type;
        this.decisionNotice = notice;
        this.decisionSource = source;
        this.decisionOpdCode = opdCode;
        this.decidedAt = now;
        this.decidedDate = today;
        this.objectionDeadline = deadlines.objectionWindowEnd(today);
        if (status != RequestStatus.OBJECTION_FILED) {
            this.status = RequestStatus.DECIDED;
        }
    }

    /** Whether the current decision corrects an earlier one. */
    public boolean correctedDecision() {
        return decisionNumber > 1;
    }

    /**
     * The applicant may withdraw a request that has not been answered yet. Only the applicant's will counts: the desk
     * withdraws a walk-in request only on the applicant's signed statement, whose reference it records; and once the
     * answer is overdue (the applicant may then object under Pasal 35(1) c) only the PPID Utama may, so that an
     * overdue desk cannot make its own lateness disappear.
     */
    public void withdraw(
            String reason,
            String statementReference,
            Actor.Role by,
            Instant now,
            LocalDate today,
            Deadlines deadlines) {
        if (!status.awaitsAnswer()) {
            throw new LifecycleException(
                    "withdrawal-not-possible",
                    "Only a request that has not been answered can be withdrawn; it is " + status + ".",
                    "Hanya permohonan yang belum dijawab yang dapat ditarik kembali; statusnya " + status + ".");
        }
        if (by != Actor.Role.APPLICANT) {
            requireText(
                    statementReference,
                    "withdrawal-statement-required",
                    "The desk withdraws a walk-in request only on the applicant's signed statement: give its reference.",
                    "Petugas menarik permohonan langsung hanya atas surat pernyataan pemohon yang ditandatangani: "
                            + "sebutkan nomor rujukannya.");
            if (by == Actor.Role.PPID_OFFICER
                    && today.isAfter(deadlines.unansweredAfter(receivedDate, extensionDays(deadlines), Side.BODY))) {
                throw new LifecycleException(
                        "withdrawal-needs-ppid-main",
                        "The answer is overdue since " + dueDate + ": only the PPID Utama may withdraw it now.",
                        "Jawaban sudah terlambat sejak " + dueDate + ": kini hanya PPID Utama yang dapat menariknya.");
            }
        }
        this.withdrawalReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.withdrawalStatementReference = by == Actor.Role.APPLICANT ? null : statementReference.strip();
        this.withdrawnBy = by;
        this.withdrawnAt = now;
        this.status = RequestStatus.WITHDRAWN;
    }

    /**
     * Pasal 35-36(1): an objection on grounds a-g, each valid in the request's state, measured against the window
     * after the ground arose. One objection per decision (and one while there is no answer): after a corrected
     * decision the applicant may object again, with its own grounds and clock; the earlier objection is kept.
     */
    public void object(
            List<ObjectionGround> grounds, String statement, Instant now, LocalDate today, Deadlines deadlines) {
        if (status == RequestStatus.OBJECTION_FILED
                || (objectionFiledAt != null && objectionDecisionNumber == decisionNumber)) {
            throw new LifecycleException(
                    "objection-already-filed",
                    "An objection " + (decisionNumber == 0 ? "" : "to this decision ") + "was already filed on "
                            + objectionFiledDate + "; another may follow a corrected decision.",
                    "Keberatan " + (decisionNumber == 0 ? "" : "atas keputusan ini ") + "sudah diajukan pada "
                            + objectionFiledDate + "; keberatan lain dapat menyusul keputusan perbaikan.");
        }
        if (status == RequestStatus.WITHDRAWN) {
            throw new LifecycleException(
                    "request-withdrawn",
                    "A withdrawn request cannot be objected to.",
                    "Permohonan yang telah ditarik tidak dapat diajukan keberatan.");
        }
        if (grounds == null || grounds.isEmpty()) {
            throw new LifecycleException(
                    "objection-ground-required",
                    "Name at least one ground of Pasal 35(1).",
                    "Sebutkan paling sedikit satu alasan keberatan menurut Pasal 35 ayat 1.");
        }
        // Grounds c and g arise once the earliest plausible due date passed; their window runs from the latest.
        Integer extension = extensionDays(deadlines);
        LocalDate unansweredAfter = deadlines.unansweredAfter(receivedDate, extension, Side.BODY);
        LocalDate unansweredAfterLatest = deadlines.unansweredAfter(receivedDate, extension, Side.APPLICANT);
        // The window of each ground; an objection is in time when any of its grounds is. A late one is recorded all
        // the same and flagged: whether it is admissible is for the Atasan PPID, never refused by the system.
        LocalDate windowEnd = null;
        for (ObjectionGround ground : grounds) {
            LocalDate arose = groundArose(ground, today, unansweredAfter, unansweredAfterLatest);
            boolean unanswered =
                    ground == ObjectionGround.C_NOT_ANSWERED || (ground == ObjectionGround.G_LATE && decision == null);
            // A window the applicant was told of stands, even where a later count of the calendar is shorter; an
            // answer's window counts from when the applicant received it (objectionDeadline holds both).
            LocalDate told = ground == ObjectionGround.B_PERIODIC_NOT_PUBLISHED
                    ? null
                    : unanswered ? unansweredObjectionDeadline : objectionDeadline;
            LocalDate end = latest(
                    told,
                    unanswered
                            ? deadlines.unansweredObjectionDeadline(receivedDate, extension)
                            : deadlines.objectionWindowEnd(arose));
            windowEnd = latest(windowEnd, end);
        }
        if (objectionFiledAt != null) {
            List<EarlierObjection> earlier =
                    earlierObjections == null ? new ArrayList<>() : new ArrayList<>(earlierObjections);
            earlier.add(new EarlierObjection(
                    objectionNumber,
                    objectionDecisionNumber,
                    objectionGrounds,
                    objectionStatement,
                    objectionFiledAt,
                    objectionFiledDate,
                    objectionDueDate,
                    objectionLate,
                    objectionWindowEnd,
                    objectionOutcome,
                    objectionReasons,
                    objectionDecidedAt,
                    objectionDecidedDate,
                    disputeDeadline,
                    objectionAnswerReceivedDate,
                    objectionAnswerReceivedVia));
            this.earlierObjections = earlier;
            this.objectionOutcome = null;
            this.objectionReasons = null;
            this.objectionDecidedAt = null;
            this.objectionDecidedDate = null;
            this.disputeDeadline = null;
            this.objectionAnswerReceivedDate = null;
            this.objectionAnswerReceivedVia = null;
        }
        this.objectionNumber++;
        this.objectionDecisionNumber = decisionNumber;
        this.objectionWindowEnd = windowEnd;
        this.objectionLate = today.isAfter(windowEnd);
        this.unansweredDisputeDeadline = deadlines.unansweredDisputeDeadline(today);
        this.objectionGrounds = List.copyOf(grounds);
        this.objectionStatement = statement == null ? null : statement.strip();
        this.objectionFiledAt = now;
        this.objectionFiledDate = today;
        this.objectionDueDate = deadlines.objectionDecisionDue(today, Side.BODY);
        this.status = RequestStatus.OBJECTION_FILED;
    }

    /** The day a ground arose, or a refusal that says why it has not (yet) arisen. */
    private LocalDate groundArose(
            ObjectionGround ground, LocalDate today, LocalDate unansweredAfter, LocalDate unansweredAfterLatest) {
        switch (ground) {
            case B_PERIODIC_NOT_PUBLISHED:
                // Concerns the body's proactive publication, not this answer: the platform cannot know
                // when the applicant learned of it, so it is taken as arising today.
                return today;
            case C_NOT_ANSWERED:
                if (decision != null) {
                    throw groundNotArisen(ground, "the request has been answered", "permohonan sudah dijawab");
                }
                return unansweredSince(today, unansweredAfter, unansweredAfterLatest, ground);
            case G_LATE:
                if (decision != null) {
                    if (correctedDecision()) {
                        throw groundNotArisen(
                                ground,
                                "a corrected decision follows the Atasan's answer, not the " + "answer period",
                                "keputusan perbaikan mengikuti tanggapan Atasan, bukan jangka waktu " + "jawaban");
                    }
                    if (!decidedDate.isAfter(dueDate)) {
                        throw groundNotArisen(ground, "the answer was given on time", "jawaban diberikan tepat waktu");
                    }
                    return answerReceived();
                }
                return unansweredSince(today, unansweredAfter, unansweredAfterLatest, ground);
            default:
                if (GROUNDS_ON_ANSWER.contains(ground)) {
                    if (decision == null) {
                        throw groundNotArisen(ground, "there is no written answer yet", "belum ada jawaban tertulis");
                    }
                    if (ground == ObjectionGround.A_REFUSED_EXEMPTION
                            && decision != DecisionType.REFUSED
                            && decision != DecisionType.PARTIALLY_GRANTED) {
                        throw groundNotArisen(
                                ground,
                                "the request was not refused under Pasal 17",
                                "permohonan tidak ditolak berdasarkan Pasal 17");
                    }
                    if (ground == ObjectionGround.F_UNREASONABLE_FEE
                            && (decisionNotice == null || decisionNotice.feeRupiah() == 0)) {
                        throw groundNotArisen(ground, "no fee was charged", "tidak ada biaya yang dikenakan");
                    }
                    return answerReceived();
                }
                throw new IllegalStateException("Unhandled ground " + ground);
        }
    }

    private LocalDate unansweredSince(
            LocalDate today, LocalDate unansweredAfter, LocalDate unansweredAfterLatest, ObjectionGround ground) {
        if (!today.isAfter(unansweredAfter)) {
            throw groundNotArisen(
                    ground,
                    "the answer is not due until " + unansweredAfter,
                    "jawaban baru jatuh tempo pada " + unansweredAfter);
        }
        return latest(unansweredAfter, unansweredAfterLatest);
    }

    /** The day the grounds in the answer were found: when the applicant received it, else the answer's own date. */
    private LocalDate answerReceived() {
        return decisionReceivedDate != null ? decisionReceivedDate : decidedDate;
    }

    /** The day the Atasan's answer reached the applicant, else its own date. */
    private LocalDate objectionAnswerReceived() {
        return objectionAnswerReceivedDate != null ? objectionAnswerReceivedDate : objectionDecidedDate;
    }

    /** The number of the notice in force: the current decision's, or the current objection's (whose answer it is). */
    public int currentNumber(WrittenNotice notice) {
        return notice == WrittenNotice.DECISION ? decisionNumber : objectionNumber;
    }

    /**
     * The applicant received a written notice on {@code date}: the window counted from it (Pasal 35-36(1) for a
     * decision, 37(2) for the Atasan's answer) runs from that day, never ending earlier than before. Only the first
     * receipt of a notice counts. Returns the window's end, or empty when the receipt was known already.
     *
     * @throws LifecycleException when that notice was not issued (or was superseded), or the date is impossible
     */
    public Optional<LocalDate> noticeReceived(
            WrittenNotice notice,
            int number,
            LocalDate date,
            ReceiptChannel via,
            LocalDate today,
            Deadlines deadlines) {
        boolean decisionNotice = notice == WrittenNotice.DECISION;
        LocalDate issued = decisionNotice ? decidedDate : objectionDecidedDate;
        int current = currentNumber(notice);
        if (issued == null || number != current) {
            throw new LifecycleException(
                    "notice-not-current",
                    (decisionNotice ? "Decision " : "The answer to objection ") + number + " is not the current one of "
                            + "this request"
                            + (issued == null ? " (none was issued yet)" : " (it is number " + current + ")") + ".",
                    (decisionNotice ? "Keputusan " : "Tanggapan atas keberatan ") + number + " bukan yang berlaku "
                            + "untuk permohonan ini"
                            + (issued == null ? " (belum diterbitkan)" : " (yang berlaku nomor " + current + ")")
                            + ".");
        }
        if (date.isBefore(issued) || date.isAfter(today)) {
            throw new LifecycleException(
                    "notice-receipt-date",
                    "The notice was received on " + date + ", which is not between its date " + issued + " and today.",
                    "Tanggal terima " + date + " tidak di antara tanggal surat " + issued + " dan hari ini.");
        }
        if (decisionNotice) {
            if (decisionReceivedDate != null) {
                return Optional.empty();
            }
            this.decisionReceivedDate = date;
            this.decisionReceivedVia = via;
            this.objectionDeadline = latest(objectionDeadline, deadlines.objectionWindowEnd(date));
            return Optional.of(objectionDeadline);
        }
        if (objectionAnswerReceivedDate != null) {
            return Optional.empty();
        }
        this.objectionAnswerReceivedDate = date;
        this.objectionAnswerReceivedVia = via;
        this.disputeDeadline = latest(disputeDeadline, deadlines.disputeWindowEnd(date));
        return Optional.of(disputeDeadline);
    }

    /** The working days of the extension given, or null when the request was not extended. */
    public Integer extensionDays(Deadlines deadlines) {
        if (extendedAt == null) {
            return null;
        }
        return extensionWorkingDays != null ? extensionWorkingDays : deadlines.maxExtensionWorkingDays();
    }

    /** The later of two dates; a null one is absent. */
    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    // ---- the calendar changed -----------------------------------------------------------------------------

    /** A legal date a recount moved, named as the request's events name it. */
    public record DateMove(String date, LocalDate previous, LocalDate current) {}

    /**
     * Counts the request's legal dates again on the calendar {@code deadlines} counts on (a year was confirmed or
     * corrected): a public body's deadline takes its new date, an applicant's window only ever grows. Returns what
     * moved; nothing for a request whose dates the calendar change does not touch.
     */
    public List<DateMove> recountDates(Deadlines deadlines) {
        List<DateMove> moves = new java.util.ArrayList<>();
        if (status == RequestStatus.WITHDRAWN || status == RequestStatus.DISPUTED) {
            return moves;
        }
        Integer extension = extensionDays(deadlines);
        LocalDate original = deadlines.answerDue(receivedDate, Side.BODY);
        if (extension != null && !original.equals(originalDueDate)) {
            moves.add(new DateMove("previousDueDate", originalDueDate, original));
        }
        this.originalDueDate = original;
        LocalDate due = extension != null ? deadlines.extendedDue(original, extension, Side.BODY) : original;
        if (!due.equals(dueDate)) {
            moves.add(new DateMove("dueDate", dueDate, due));
            this.dueDate = due;
        }
        if (decision == null) {
            LocalDate window = deadlines.unansweredObjectionDeadline(receivedDate, extension);
            if (unansweredObjectionDeadline != null && window.isAfter(unansweredObjectionDeadline)) {
                moves.add(new DateMove("unansweredObjectionDeadline", unansweredObjectionDeadline, window));
            }
            this.unansweredObjectionDeadline = latest(unansweredObjectionDeadline, window);
        } else {
            LocalDate window = deadlines.objectionWindowEnd(answerReceived());
            if (objectionDeadline != null && window.isAfter(objectionDeadline)) {
                moves.add(new DateMove("objectionDeadline", objectionDeadline, window));
            }
            this.objectionDeadline = latest(objectionDeadline, window);
        }
        if (status == RequestStatus.OBJECTION_FILED) {
            LocalDate objectionDue = deadlines.objectionDecisionDue(objectionFiledDate, Side.BODY);
            if (!objectionDue.equals(objectionDueDate)) {
                moves.add(new DateMove("decisionDueDate", objectionDueDate, objectionDue));
                this.objectionDueDate = objectionDue;
            }
            LocalDate window = deadlines.unansweredDisputeDeadline(objectionFiledDate);
            if (unansweredDisputeDeadline != null && window.isAfter(unansweredDisputeDeadline)) {
                moves.add(new DateMove("unansweredDisputeDeadline", unansweredDisputeDeadline, window));
            }
            this.unansweredDisputeDeadline = latest(unansweredDisputeDeadline, window);
        }
        if (status == RequestStatus.OBJECTION_DECIDED) {
            LocalDate window = deadlines.disputeWindowEnd(objectionAnswerReceived());
            if (window.isAfter(disputeDeadline)) {
                moves.add(new DateMove("disputeDeadline", disputeDeadline, window));
                this.disputeDeadline = window;
            }
        }
        return moves;
    }

    private static LifecycleException groundNotArisen(ObjectionGround ground, String whyEn, String whyId) {
        return new LifecycleException(
                "objection-ground-not-arisen",
                "Ground " + ground.letter() + " of Pasal 35(1) does not apply: " + whyEn + ".",
                "Alasan " + ground.letter() + " Pasal 35 ayat 1 tidak berlaku: " + whyId + ".");
    }

    /** Pasal 36(2)-(3): the Atasan PPID decides, with reasons. */
    public void decideObjection(
            ObjectionOutcome outcome, String reasons, Instant now, LocalDate today, Deadlines deadlines) {
        if (status != RequestStatus.OBJECTION_FILED) {
            throw new LifecycleException(
                    "no-open-objection",
                    "There is no open objection to decide; the request is " + status + ".",
                    "Tidak ada keberatan yang menunggu keputusan; status permohonan " + status + ".");
        }
        requireText(
                reasons,
                "objection-reasons-required",
                "The objection decision needs written reasons (Pasal 36(3)).",
                "Tanggapan atas keberatan wajib disertai alasan tertulis (Pasal 36 ayat 3).");
        this.objectionOutcome = outcome;
        this.objectionReasons = reasons.strip();
        this.objectionDecidedAt = now;
        this.objectionDecidedDate = today;
        this.objectionAnswerReceivedDate = null;
        this.objectionAnswerReceivedVia = null;
        this.disputeDeadline = deadlines.disputeWindowEnd(today);
        this.status = RequestStatus.OBJECTION_DECIDED;
    }

    /**
     * Pasal 37: the applicant took the matter to the Komisi Informasi within the window after the
     * objection was answered (or, unanswered, after its decision was due).
     */
    public void recordDispute(
            LocalDate filedDate, String caseNumber, Instant now, LocalDate today, Deadlines deadlines) {
        LocalDate windowStart;
        if (status == RequestStatus.OBJECTION_DECIDED) {
            windowStart = objectionDecidedDate;
        } else if (status == RequestStatus.OBJECTION_FILED && today.isAfter(objectionDueDate)) {
            windowStart = objectionDueDate;
            // Unanswered: the route opened the working day after the latest plausible end of the Atasan's period.
            this.disputeDeadline =
                    latest(unansweredDisputeDeadline, deadlines.unansweredDisputeDeadline(objectionFiledDate));
        } else if (status == RequestStatus.DISPUTED) {
            throw new LifecycleException(
                    "dispute-already-recorded",
                    "A dispute was already recorded, filed on " + disputeFiledDate + ".",
                    "Sengketa sudah dicatat, diajukan pada " + disputeFiledDate + ".");
        } else {
            throw new LifecycleException(
                    "dispute-not-possible",
                    "A dispute can be filed only after the objection was answered or its answer is overdue.",
                    "Sengketa hanya dapat diajukan setelah keberatan ditanggapi atau tanggapannya melewati batas waktu.");
        }
        if (filedDate.isAfter(today)) {
            throw new LifecycleException(
                    "dispute-date-in-future",
                    "The filing date " + filedDate + " is in the future.",
                    "Tanggal pengajuan " + filedDate + " belum terjadi.");
        }
        if (filedDate.isBefore(windowStart)) {
            throw new LifecycleException(
                    "dispute-date-too-early",
                    "The filing date " + filedDate + " is before the objection stage ended on " + windowStart + ".",
                    "Tanggal pengajuan " + filedDate + " sebelum tahap keberatan berakhir pada " + windowStart + ".");
        }
        // Filed after the 14 working days of Pasal 37(2): recorded all the same and flagged; whether it is admissible
        // is
        // for the Komisi Informasi, not for this system.
        this.disputeLate = filedDate.isAfter(disputeDeadline);
        this.disputeFiledDate = filedDate;
        this.disputeCaseNumber = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
        this.disputeRecordedAt = now;
        this.status = RequestStatus.DISPUTED;
    }

    // ---- personal data (UU 27/2022 PDP): erased on the applicant's request or at the end of the retention period ----

    /** Why a request's personal data was erased. */
    public enum ErasureCause {
        /** The applicant asked for it (UU 27/2022 Pasal 8 and 43). */
        APPLICANT_REQUEST,
        /** Its retention period ended (Pasal 44). */
        RETENTION
    }

    /**
     * The first day on which nothing more can happen on this request by right: the day after its last window (to
     * object, to go to the Komisi Informasi) closed, or the day it was withdrawn. Empty while the body still owes an
     * answer, an objection decision or, after an upheld objection, a corrected decision. A dispute before the Komisi
     * Informasi runs outside the platform, which never hears its end: it counts as closed {@code disputeHold} after it
     * was filed.
     */
    public Optional<LocalDate> closedOn(Period disputeHold) {
        return switch (status) {
            case REGISTERED, EXTENDED, OBJECTION_FILED -> Optional.empty();
            case WITHDRAWN -> Optional.of(LegalTime.toLegalDate(withdrawnAt));
            case DECIDED -> Optional.ofNullable(objectionDeadline).map(end -> end.plusDays(1));
            case OBJECTION_DECIDED ->
                objectionOutcome == ObjectionOutcome.UPHELD && objectionDecisionNumber == decisionNumber
                        ? Optional.empty()
                        : Optional.ofNullable(disputeDeadline).map(end -> end.plusDays(1));
            case DISPUTED -> Optional.of(disputeFiledDate.plus(disputeHold));
        };
    }

    /** Records the applicant's request to erase their personal data; true unless it was recorded or done before. */
    public boolean requestErasure(Instant now) {
        if (personalDataErasedAt != null || erasureRequestedAt != null) {
            return false;
        }
        this.erasureRequestedAt = now;
        return true;
    }

    /**
     * The first day the personal data is to be erased: the day the request closed if the applicant asked for erasure,
     * else when the retention period after it ends. Empty while something is still owed on the request.
     */
    public Optional<LocalDate> erasureDate(Period retention, Period disputeHold) {
        return closedOn(disputeHold).map(closed -> erasureRequestedAt != null ? closed : closed.plus(retention));
    }

    /**
     * Erases who the applicant is and what they wrote: identity, NIK or deed, address, contacts, proxy, the request's
     * texts, objection statements and the withdrawal reason, and the link to their account. What the law needs as a
     * public record stays: dates, decisions, notices, grounds, outcomes, the OPD, the pseudonymous applicant id.
     */
    public void erasePersonalData(Instant now) {
        if (personalDataErasedAt != null) {
            return;
        }
        this.personalDataErasedBecause =
                erasureRequestedAt != null ? ErasureCause.APPLICANT_REQUEST : ErasureCause.RETENTION;
        this.personalDataErasedAt = now;
        if (ownerSubject != null && ownerSubject.equals(filedBySubject)) {
            this.filedBySubject = ERASED_SUBJECT;
        }
        this.ownerSubject = null;
        this.applicantName = null;
        this.applicantNik = null;
        this.applicantDeedNumber = null;
        this.applicantAddress = null;
        this.applicantPhone = null;
        this.applicantEmail = null;
        this.proxyName = null;
        this.proxyPowerOfAttorney = null;
        this.informationDetails = null;
        this.purpose = null;
        this.withdrawalReason = null;
        this.objectionStatement = null;
        if (earlierObjections != null) {
            this.earlierObjections = earlierObjections.stream()
                    .map(EarlierObjection::withoutStatement)
                    .toList();
        }
    }

    private LifecycleException notAwaitingAnswer(String step) {
        return new LifecycleException(
                "not-awaiting-answer",
                "Cannot " + step + ": the request is " + status + ", not waiting for an answer.",
                "Tidak dapat diproses: status permohonan " + status + ", tidak sedang menunggu jawaban.");
    }

    private static void requireText(String text, String code, String en, String id) {
        if (text == null || text.isBlank()) {
            throw new LifecycleException(code, en, id);
        }
    }

    // ---- what it says: read only; it changes by the steps above alone ------------------------------------------

    public UUID id() {
        return id;
    }

    public Instant erasureRequestedAt() {
        return erasureRequestedAt;
    }

    public Instant personalDataErasedAt() {
        return personalDataErasedAt;
    }

    public ErasureCause personalDataErasedBecause() {
        return personalDataErasedBecause;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public UUID applicantId() {
        return applicantId;
    }

    public String ownerSubject() {
        return ownerSubject;
    }

    public FilingChannel channel() {
        return channel;
    }

    public String filingOpdCode() {
        return filingOpdCode;
    }

    public ApplicantKind applicantKind() {
        return applicantKind;
    }

    public String applicantName() {
        return applicantName;
    }

    public byte[] applicantNik() {
        return applicantNik == null ? null : applicantNik.clone();
    }

    public String applicantDeedNumber() {
        return applicantDeedNumber;
    }

    public String applicantAddress() {
        return applicantAddress;
    }

    public String applicantPhone() {
        return applicantPhone;
    }

    public String applicantEmail() {
        return applicantEmail;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public String proxyName() {
        return proxyName;
    }

    public String proxyPowerOfAttorney() {
        return proxyPowerOfAttorney;
    }

    public String informationDetails() {
        return informationDetails;
    }

    public String purpose() {
        return purpose;
    }

    public List<AccessMethod> accessMethods() {
        return readOnly(accessMethods);
    }

    public List<CopyDelivery> copyDeliveries() {
        return readOnly(copyDeliveries);
    }

    public RequestStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate receivedDate() {
        return receivedDate;
    }

    public LocalDate originalDueDate() {
        return originalDueDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public Instant extendedAt() {
        return extendedAt;
    }

    public String assignedOpdCode() {
        return assignedOpdCode;
    }

    public long routingSequence() {
        return routingSequence;
    }

    public DecisionType decision() {
        return decision;
    }

    public DecisionNotice decisionNotice() {
        return decisionNotice;
    }

    public DecisionSource decisionSource() {
        return decisionSource;
    }

    public String decisionOpdCode() {
        return decisionOpdCode;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public LocalDate decidedDate() {
        return decidedDate;
    }

    public int decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decisionReceivedDate() {
        return decisionReceivedDate;
    }

    public ReceiptChannel decisionReceivedVia() {
        return decisionReceivedVia;
    }

    public List<EarlierDecision> earlierDecisions() {
        return readOnly(earlierDecisions);
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public Actor.Role withdrawnBy() {
        return withdrawnBy;
    }

    public String withdrawalStatementReference() {
        return withdrawalStatementReference;
    }

    public List<ObjectionGround> objectionGrounds() {
        return readOnly(objectionGrounds);
    }

    public String objectionStatement() {
        return objectionStatement;
    }

    public Instant objectionFiledAt() {
        return objectionFiledAt;
    }

    public LocalDate objectionFiledDate() {
        return objectionFiledDate;
    }

    public LocalDate objectionDueDate() {
        return objectionDueDate;
    }

    public ObjectionOutcome objectionOutcome() {
        return objectionOutcome;
    }

    public String objectionReasons() {
        return objectionReasons;
    }

    public Instant objectionDecidedAt() {
        return objectionDecidedAt;
    }

    public LocalDate objectionDecidedDate() {
        return objectionDecidedDate;
    }

    public int objectionNumber() {
        return objectionNumber;
    }

    public int objectionDecisionNumber() {
        return objectionDecisionNumber;
    }

    public LocalDate objectionAnswerReceivedDate() {
        return objectionAnswerReceivedDate;
    }

    public ReceiptChannel objectionAnswerReceivedVia() {
        return objectionAnswerReceivedVia;
    }

    public List<EarlierObjection> earlierObjections() {
        return readOnly(earlierObjections);
    }

    public LocalDate disputeDeadline() {
        return disputeDeadline;
    }

    public Boolean objectionLate() {
        return objectionLate;
    }

    public LocalDate objectionWindowEnd() {
        return objectionWindowEnd;
    }

    public LocalDate unansweredDisputeDeadline() {
        return unansweredDisputeDeadline;
    }

    public Boolean disputeLate() {
        return disputeLate;
    }

    public LocalDate unansweredObjectionDeadline() {
        return unansweredObjectionDeadline;
    }

    public LocalDate objectionDeadline() {
        return objectionDeadline;
    }

    public LocalDate disputeFiledDate() {
        return disputeFiledDate;
    }

    public String disputeCaseNumber() {
        return disputeCaseNumber;
    }

    public Instant disputeRecordedAt() {
        return disputeRecordedAt;
    }

    private static <T> List<T> readOnly(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(list);
    }
}
