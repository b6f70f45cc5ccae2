package id.go.cilegon.ppid.contracts.routing;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The assigned OPD said the information is not theirs and handed the request back; the clock does not stop.
 *
 * @param requestId        the request's id, also the Kafka key
 * @param sequence         routing-service's own per-request event number
 * @param fromOpdCode      the OPD that handed the request back
 * @param suggestedOpdCode the OPD it named as the right one, if any
 * @param reason           the OPD's explanation
 * @param transferCount    transfers of this request including this one
 * @param transferredAt    when the transfer was recorded
 */
public record RequestTransferred(
        UUID requestId,
        long sequence,
        String fromOpdCode,
        String suggestedOpdCode,
        String reason,
        int transferCount,
        Instant transferredAt)
        implements RequestEvent {

    public RequestTransferred {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Checks.opdCode(fromOpdCode, "fromOpdCode");
        Checks.optionalOpdCode(suggestedOpdCode, "suggestedOpdCode");
        Checks.text(reason, "reason", 2000);
        Checks.check(transferCount >= 1, "transferCount must be 1 or more, got " + transferCount);
        Objects.requireNonNull(transferredAt, "transferredAt");
    }
}
