package id.go.cilegon.ppid.contracts.routing;

import id.go.cilegon.ppid.contracts.Checks;
import java.util.List;

/**
 * An OPD that could answer a request, with the evidence for it.
 *
 * @param opdCode      the candidate OPD
 * @param score        matching score, 0 or more, higher is better (scale set by routing-service)
 * @param matchedTerms stemmed terms of the request that matched the OPD's duties or register
 */
public record RoutingCandidate(String opdCode, double score, List<String> matchedTerms) {

    public RoutingCandidate {
        Checks.opdCode(opdCode, "opdCode");
        Checks.notNegative(score, "score");
        matchedTerms = Checks.texts(matchedTerms, "matchedTerms", 100);
    }
}
