package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The applicant withdrew the request; its clocks stop.
 *
 * @param requestId   the request's id, also the Kafka key
 * @param sequence    request-service's per-request event number
 * @param reason      the applicant's reason, if given
 * @param withdrawnAt when the withdrawal was recorded
 */
public record RequestWithdrawn(UUID requestId, long sequence, String reason, Instant withdrawnAt)
        implements RequestEvent {

    public RequestWithdrawn {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        reason = Checks.optionalText(reason, "reason", 2000);
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
