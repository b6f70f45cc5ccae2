package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The Atasan PPID answered the objection (UU 14/2008 Pasal 36).
 *
 * @param requestId       the request's id, also the Kafka key
 * @param sequence        request-service's per-request event number
 * @param outcome         UPHELD (in the applicant's favour) or REJECTED
 * @param reasons         the written reasons of the answer
 * @param decidedAt       when the answer was issued
 * @param decidedDate     the legal date of the answer in WIB
 * @param onTime          whether the answer came within 30 working days
 * @param disputeDeadline last day to take the matter to the Komisi Informasi: 14 working days (Pasal 37)
 * @param opdCode         the OPD that handled the request; null if never assigned
 * @param provisional     which of the dates are estimates; null when all are final
 * @param objectionNumber the number of the objection decided (see ObjectionFiled); null from older producers
 */
public record ObjectionDecided(
        UUID requestId,
        long sequence,
        ObjectionOutcome outcome,
        String reasons,
        Instant decidedAt,
        LocalDate decidedDate,
        boolean onTime,
        LocalDate disputeDeadline,
        String opdCode,
        ProvisionalDates provisional,
        Integer objectionNumber)
        implements RequestEvent {

    public ObjectionDecided {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Objects.requireNonNull(outcome, "outcome");
        Checks.text(reasons, "reasons", 4000);
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decidedDate, "decidedDate");
        Objects.requireNonNull(disputeDeadline, "disputeDeadline");
        Checks.optionalOpdCode(opdCode, "opdCode");
        ProvisionalDates.among(provisional, "disputeDeadline");
        Checks.check(objectionNumber == null || objectionNumber >= 1, "objectionNumber must be 1 or more");
    }

    /** The event without the optional fields added later (tests, and producers that do not know them). */
    public ObjectionDecided(
            UUID requestId,
            long sequence,
            ObjectionOutcome outcome,
            String reasons,
            Instant decidedAt,
            LocalDate decidedDate,
            boolean onTime,
            LocalDate disputeDeadline,
            String opdCode) {
        this(
                requestId,
                sequence,
                outcome,
                reasons,
                decidedAt,
                decidedDate,
                onTime,
                disputeDeadline,
                opdCode,
                null,
                null);
    }
}
