package id.go.cilegon.ppid.index.domain;

import id.go.cilegon.ppid.contracts.index.IndexBand;
import id.go.cilegon.ppid.contracts.index.IndexComponent;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The openness index formula of docs/index-method.md: a weighted mean of the components that have data, on the
 * 0–100 scale, given only when the period has at least the minimum number of requests.
 */
public final class IndexFormula {

    public static final String TIMELINESS = "timeliness";
    public static final String COMPLETENESS = "completeness";
    public static final String OBJECTIONS = "objections";
    public static final String PROACTIVE_DISCLOSURE = "proactive-disclosure";

    private final IndexWeights weights;
    private final long minimumRequests;

    public IndexFormula(IndexWeights weights, long minimumRequests) {
        if (minimumRequests < 0) {
            throw new IllegalArgumentException("minimum requests must be zero or more, got " + minimumRequests);
        }
        this.weights = weights;
        this.minimumRequests = minimumRequests;
    }

    public IndexWeights weights() {
        return weights;
    }

    public long minimumRequests() {
        return minimumRequests;
    }

    public IndexResult evaluate(PeriodMeasures period) {
        IndexMeasures m = period.measures();
        // Requests are judged once their deadline has passed: answered (in time or late) or overdue.
        long judged = m.answered() + m.overdue();
        List<IndexComponent> components = new ArrayList<>();
        components.add(component(TIMELINESS, ratio(m.answeredOnTime(), judged), weights.timeliness()));
        components.add(component(COMPLETENESS, ratio(m.answered(), judged), weights.completeness()));
        components.add(component(
                OBJECTIONS,
                m.answered() == 0
                        ? null
                        : round(100.0 * Math.max(0, m.answered() - m.objectionsUpheld()) / m.answered()),
                weights.objections()));
        components.add(component(
                PROACTIVE_DISCLOSURE,
                ratio(m.periodicPublishedOnTime(), m.periodicRequired()),
                weights.proactiveDisclosure()));

        double weightSum = 0;
        double weighted = 0;
        for (IndexComponent c : components) {
            if (c.included()) {
                weightSum += c.weight();
                weighted += c.weight() * c.value();
            }
        }
        long requests = m.received() - period.withdrawn();
        boolean enough = requests >= minimumRequests && weightSum > 0;
        if (!enough) {
            return new IndexResult(null, null, false, components);
        }
        double score = Math.min(100.0, round(weighted / weightSum));
        return new IndexResult(score, IndexBand.of(score), true, components);
    }

    private static IndexComponent component(String name, Double value, double weight) {
        return new IndexComponent(name, value, weight, value != null && weight > 0);
    }

    private static Double ratio(long part, long whole) {
        return whole <= 0 ? null : round(100.0 * Math.min(part, whole) / whole);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
