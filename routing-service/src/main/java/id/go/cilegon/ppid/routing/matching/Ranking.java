package id.go.cilegon.ppid.routing.matching;

import java.util.List;
import java.util.Optional;

/**
 * The OPDs that match a request, best first (only those with a score above zero), and the request's own
 * analysed terms, so a person can see what the text was reduced to.
 */
public record Ranking(List<Candidate> candidates, List<String> queryTerms) {

    public Ranking {
        candidates = List.copyOf(candidates);
        queryTerms = List.copyOf(queryTerms);
    }

    public Optional<Candidate> best() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    public Optional<Candidate> runnerUp() {
        return candidates.size() < 2 ? Optional.empty() : Optional.of(candidates.get(1));
    }

    /** The candidate for {@code opdCode}, if it matched at all. */
    public Optional<Candidate> of(String opdCode) {
        return candidates.stream().filter(c -> c.opdCode().equals(opdCode)).findFirst();
    }

    /** The first {@code n} candidates. */
    public List<Candidate> top(int n) {
        return candidates.subList(0, Math.min(n, candidates.size()));
    }
}
