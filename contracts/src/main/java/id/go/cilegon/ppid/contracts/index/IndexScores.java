package id.go.cilegon.ppid.contracts.index;

import id.go.cilegon.ppid.contracts.Checks;

/** The rules tying score, band and enoughData together in both index events. */
final class IndexScores {

    private IndexScores() {}

    static void requireConsistent(Double score, IndexBand band, boolean enoughData) {
        Checks.check(enoughData == (score != null), "score must be present exactly when enoughData is true");
        Checks.check((band == null) == (score == null), "band must be present exactly when score is present");
        if (score != null) {
            Checks.check(
                    band == IndexBand.of(score),
                    "band " + band + " does not fit score " + score + ", expected " + IndexBand.of(score));
        }
    }
}
