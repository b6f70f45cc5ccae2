package id.go.cilegon.ppid.index.domain;

/**
 * Weights of the index components; any non-negative numbers, the formula divides by the sum of the weights of the
 * components that have data.
 */
public record IndexWeights(double timeliness, double completeness, double objections, double proactiveDisclosure) {

    public IndexWeights {
        check(timeliness, "timeliness");
        check(completeness, "completeness");
        check(objections, "objections");
        check(proactiveDisclosure, "proactiveDisclosure");
    }

    /** The defaults of docs/index-method.md: 40 / 20 / 15 / 25. */
    public static IndexWeights defaults() {
        return new IndexWeights(40, 20, 15, 25);
    }

    private static void check(double weight, String name) {
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("index weight " + name + " must be zero or more, got " + weight);
        }
    }
}
