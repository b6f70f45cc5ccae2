package id.go.cilegon.ppid.routing.matching;

import java.util.List;

/** One OPD's match with a request: its BM25 score and the stemmed terms that matched, most telling first. */
public record Candidate(String opdCode, double score, List<String> matchedTerms) {

    public Candidate {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
