package id.go.cilegon.ppid.contracts.routing;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The request was assigned to an OPD; the legal clock keeps running.
 *
 * @param requestId       the request's id, also the Kafka key
 * @param sequence        routing-service's own per-request event number, starting at 1
 * @param opdCode         the OPD now responsible for answering
 * @param previousOpdCode the OPD it was assigned to before; null on first routing
 * @param mode            how the OPD was chosen
 * @param score           matching score of the chosen OPD; 0 when chosen by hand without a match
 * @param matchedTerms    stemmed terms that matched the chosen OPD
 * @param runnerUp        the second-best candidate, if any
 * @param transferCount   how many times the request has been handed back so far
 * @param routedAt        when the assignment was made
 */
public record RequestRouted(
        UUID requestId,
        long sequence,
        String opdCode,
        String previousOpdCode,
        RoutingMode mode,
        double score,
        List<String> matchedTerms,
        RoutingCandidate runnerUp,
        int transferCount,
        Instant routedAt)
        implements RequestEvent {

    public RequestRouted {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Checks.opdCode(opdCode, "opdCode");
        Checks.optionalOpdCode(previousOpdCode, "previousOpdCode");
        Objects.requireNonNull(mode, "mode");
        Checks.notNegative(score, "score");
        matchedTerms = Checks.texts(matchedTerms, "matchedTerms", 100);
        Checks.notNegative(transferCount, "transferCount");
        Objects.requireNonNull(routedAt, "routedAt");
    }
}
