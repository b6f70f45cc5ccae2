package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.FilingChannel;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A request for information was registered (UU 14/2008 Pasal 22(1)–(6)); carries no personal data and none of the
 * applicant's words: what they asked for and why is {@link RequestTexts}, on the restricted texts topic.
 *
 * @param requestId          the request's id, also the Kafka key
 * @param sequence           request-service's per-request event number, starting at 1
 * @param registrationNumber the registration number given on receipt, e.g. {@code PPID-2026-000123}
 * @param applicantId        pseudonymous applicant id; contact details are only on the restricted topic
 * @param applicantKind      citizen or legal entity
 * @param channel            online or at a PPID desk
 * @param filingOpdCode      the OPD whose desk registered a walk-in request; null otherwise
 * @param accessMethods      how the applicant wants to obtain the information; at least one
 * @param copyDeliveries     how copies should reach the applicant; empty when no copy is wanted
 * @param receivedAt         when the request was received
 * @param receivedDate       the legal date of receipt in WIB (Asia/Jakarta)
 * @param dueDate            the last day to answer: 10 working days after receipt (Pasal 22(7))
 * @param unansweredObjectionDeadline the applicant's last day to object if no answer ever comes (ground c of Pasal
 *                           35(1)): 30 working days after the latest plausible due date; null from older producers
 * @param provisional        which of the dates are estimates; null when all are final
 */
public record RequestSubmitted(
        UUID requestId,
        long sequence,
        String registrationNumber,
        UUID applicantId,
        ApplicantKind applicantKind,
        FilingChannel channel,
        String filingOpdCode,
        List<AccessMethod> accessMethods,
        List<CopyDelivery> copyDeliveries,
        Instant receivedAt,
        LocalDate receivedDate,
        LocalDate dueDate,
        LocalDate unansweredObjectionDeadline,
        ProvisionalDates provisional)
        implements RequestEvent {

    public RequestSubmitted {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Checks.matching(registrationNumber, Checks.REGISTRATION_NUMBER, "registrationNumber");
        Objects.requireNonNull(applicantId, "applicantId");
        Objects.requireNonNull(applicantKind, "applicantKind");
        Objects.requireNonNull(channel, "channel");
        Checks.optionalOpdCode(filingOpdCode, "filingOpdCode");
        accessMethods = Checks.nonEmptyUniqueList(accessMethods, "accessMethods");
        copyDeliveries = Checks.uniqueList(copyDeliveries, "copyDeliveries");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(dueDate, "dueDate");
        ProvisionalDates.among(provisional, "dueDate", "unansweredObjectionDeadline");
    }

    /** The event without the optional fields added later (tests, and producers that do not know them). */
    public RequestSubmitted(
            UUID requestId,
            long sequence,
            String registrationNumber,
            UUID applicantId,
            ApplicantKind applicantKind,
            FilingChannel channel,
            String filingOpdCode,
            List<AccessMethod> accessMethods,
            List<CopyDelivery> copyDeliveries,
            Instant receivedAt,
            LocalDate receivedDate,
            LocalDate dueDate) {
        this(
                requestId,
                sequence,
                registrationNumber,
                applicantId,
                applicantKind,
                channel,
                filingOpdCode,
                accessMethods,
                copyDeliveries,
                receivedAt,
                receivedDate,
                dueDate,
                null,
                null);
    }
}
