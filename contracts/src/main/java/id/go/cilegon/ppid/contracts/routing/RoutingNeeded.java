package id.go.cilegon.ppid.contracts.routing;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The request was put in the PPID Utama's queue to be routed by hand.
 *
 * @param requestId       the request's id, also the Kafka key
 * @param sequence        routing-service's own per-request event number
 * @param reason          why it could not be routed automatically
 * @param candidates      the best candidates found, best first; may be empty
 * @param previousOpdCode the OPD that handed it back, if this follows a transfer
 * @param transferCount   how many times the request has been handed back so far
 * @param queuedAt        when it was queued
 */
public record RoutingNeeded(
        UUID requestId,
        long sequence,
        RoutingNeededReason reason,
        List<RoutingCandidate> candidates,
        String previousOpdCode,
        int transferCount,
        Instant queuedAt)
        implements RequestEvent {

    public RoutingNeeded {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Objects.requireNonNull(reason, "reason");
        candidates = Checks.list(candidates, "candidates");
        Checks.optionalOpdCode(previousOpdCode, "previousOpdCode");
        Checks.notNegative(transferCount, "transferCount");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }
}
