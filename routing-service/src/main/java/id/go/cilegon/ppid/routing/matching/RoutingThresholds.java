package id.go.cilegon.ppid.routing.matching;

/**
 * When routing is confident enough to assign on its own.
 *
 * @param minScore  the best OPD's BM25 score must reach this
 * @param minMargin the best score must exceed the runner-up's by this share of the best score (0.25 = the
 *                  runner-up scores at most 75% of the best)
 */
public record RoutingThresholds(double minScore, double minMargin) {

    public RoutingThresholds {
        if (!(minScore >= 0) || !(minMargin >= 0 && minMargin < 1)) {
            throw new IllegalArgumentException(
                    "minScore must be >= 0 and minMargin in [0, 1), got " + minScore + " and " + minMargin);
        }
    }

    /** Routes to the best candidate when it is confident, otherwise says why not. */
    public Verdict judge(Ranking ranking) {
        if (ranking.candidates().isEmpty()) {
            return Verdict.NO_MATCH;
        }
        double best = ranking.candidates().get(0).score();
        if (best < minScore) {
            return Verdict.LOW_CONFIDENCE;
        }
        double runnerUp = ranking.runnerUp().map(Candidate::score).orElse(0.0);
        if ((best - runnerUp) / best < minMargin) {
            return Verdict.LOW_CONFIDENCE;
        }
        return Verdict.CONFIDENT;
    }

    /** Outcome of {@link #judge}. */
    public enum Verdict {
        /** Route to the best candidate. */
        CONFIDENT,
        /** The best is too weak or too close to the runner-up: the PPID Utama decides. */
        LOW_CONFIDENCE,
        /** Nothing matched. */
        NO_MATCH
    }
}
