package id.go.cilegon.ppid.routing.matching;

/**
 * How request text is scored against OPD profiles: the BM25 parameters, the weight of each profile field, and
 * how much the stated purpose counts next to the information requested.
 *
 * @param k1             BM25 term-frequency saturation
 * @param b              BM25 length normalisation
 * @param dutiesWeight   weight of a match in the duties (tugas pokok dan fungsi)
 * @param keywordsWeight weight of a match in the OPD's routing keywords
 * @param registerWeight weight of a match in the OPD's register of information (DIP)
 * @param nameWeight     weight of a match in the OPD's names
 * @param purposeWeight  weight of a term found only in the purpose, relative to the information details
 */
public record MatchSettings(
        double k1,
        double b,
        double dutiesWeight,
        double keywordsWeight,
        double registerWeight,
        double nameWeight,
        double purposeWeight) {

    public MatchSettings {
        check(k1, "k1");
        check(b, "b");
        check(dutiesWeight, "dutiesWeight");
        check(keywordsWeight, "keywordsWeight");
        check(registerWeight, "registerWeight");
        check(nameWeight, "nameWeight");
        check(purposeWeight, "purposeWeight");
    }

    /** The values measured on the labelled benchmark (see README). */
    public static MatchSettings defaults() {
        return new MatchSettings(0.6, 0.75, 1.0, 1.0, 0.7, 0.3, 0.3);
    }

    private static void check(double value, String name) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }
}
