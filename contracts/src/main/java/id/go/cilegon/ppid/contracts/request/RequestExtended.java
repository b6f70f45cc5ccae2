package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The answer deadline was extended, once, by 7 working days with written reasons (UU 14/2008 Pasal 22(8)).
 *
 * @param requestId       the request's id, also the Kafka key
 * @param sequence        request-service's per-request event number
 * @param reason          the written reason given to the applicant
 * @param previousDueDate the due date before the extension
 * @param dueDate         the new due date
 * @param extendedAt      when the extension was recorded
 * @param opdCode         the OPD handling the request; null while unassigned
 * @param unansweredObjectionDeadline the applicant's last day to object if no answer ever comes (ground c of Pasal
 *                        35(1)), now that the answer period is longer; null from older producers
 * @param provisional     which of the dates are estimates; null when all are final
 */
public record RequestExtended(
        UUID requestId,
        long sequence,
        String reason,
        LocalDate previousDueDate,
        LocalDate dueDate,
        Instant extendedAt,
        String opdCode,
        LocalDate unansweredObjectionDeadline,
        ProvisionalDates provisional)
        implements RequestEvent {

    public RequestExtended {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Checks.text(reason, "reason", 2000);
        Objects.requireNonNull(previousDueDate, "previousDueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(extendedAt, "extendedAt");
        Checks.optionalOpdCode(opdCode, "opdCode");
        ProvisionalDates.among(provisional, "previousDueDate", "dueDate", "unansweredObjectionDeadline");
    }

    /** The event without the optional fields added later (tests, and producers that do not know them). */
    public RequestExtended(
            UUID requestId,
            long sequence,
            String reason,
            LocalDate previousDueDate,
            LocalDate dueDate,
            Instant extendedAt,
            String opdCode) {
        this(requestId, sequence, reason, previousDueDate, dueDate, extendedAt, opdCode, null, null);
    }
}
