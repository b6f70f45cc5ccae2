package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The applicant withdrew the request; its clocks stop. The applicant's reason stays with request-service: no words of
 * an applicant sit on a topic kept forever.
 *
 * @param requestId   the request's id, also the Kafka key
 * @param sequence    request-service's per-request event number
 * @param withdrawnAt when the withdrawal was recorded
 */
public record RequestWithdrawn(UUID requestId, long sequence, Instant withdrawnAt) implements RequestEvent {

    public RequestWithdrawn {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
