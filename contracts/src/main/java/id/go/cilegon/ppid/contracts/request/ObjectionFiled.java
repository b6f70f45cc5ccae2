package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.common.ObjectionGround;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The applicant filed an objection (keberatan) with the Atasan PPID (UU 14/2008 Pasal 35–36). The applicant's statement
 * stays with request-service: no words of an applicant sit on a topic kept forever.
 *
 * @param requestId       the request's id, also the Kafka key
 * @param sequence        request-service's per-request event number
 * @param grounds         the Pasal 35(1) grounds invoked; at least one
 * @param filedAt         when the objection was received
 * @param filedDate       the legal date of the objection in WIB
 * @param decisionDueDate the last day for the Atasan PPID to answer: 30 working days (Pasal 36(2))
 * @param opdCode         the OPD that handled the request; null if never assigned
 * @param provisional     which of the dates are estimates; null when all are final
 * @param objectionNumber the objection's number within the request (1, 2, ... : after an upheld objection and a
 *                        corrected decision the applicant may object again); null from older producers (the first)
 * @param late            true when filed after the window (Pasal 35-36(1)): accepted all the same and flagged for the
 *                        Atasan PPID to rule on; null or false when in time
 * @param windowEnd       the last day of the window the objection was measured against
 * @param unansweredDisputeDeadline the applicant's last day to go to the Komisi Informasi if the Atasan PPID does not
 *                        answer by decisionDueDate (Pasal 37(2)); null from older producers
 */
public record ObjectionFiled(
        UUID requestId,
        long sequence,
        List<ObjectionGround> grounds,
        Instant filedAt,
        LocalDate filedDate,
        LocalDate decisionDueDate,
        String opdCode,
        ProvisionalDates provisional,
        Integer objectionNumber,
        Boolean late,
        LocalDate windowEnd,
        LocalDate unansweredDisputeDeadline)
        implements RequestEvent {

    public ObjectionFiled {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        grounds = Checks.nonEmptyUniqueList(grounds, "grounds");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(filedDate, "filedDate");
        Objects.requireNonNull(decisionDueDate, "decisionDueDate");
        Checks.optionalOpdCode(opdCode, "opdCode");
        ProvisionalDates.among(provisional, "decisionDueDate", "windowEnd", "unansweredDisputeDeadline");
        Checks.check(objectionNumber == null || objectionNumber >= 1, "objectionNumber must be 1 or more");
    }

    /** The event without the optional fields added later (tests, and producers that do not know them). */
    public ObjectionFiled(
            UUID requestId,
            long sequence,
            List<ObjectionGround> grounds,
            Instant filedAt,
            LocalDate filedDate,
            LocalDate decisionDueDate,
            String opdCode) {
        this(requestId, sequence, grounds, filedAt, filedDate, decisionDueDate, opdCode, null, null, null, null, null);
    }
}
