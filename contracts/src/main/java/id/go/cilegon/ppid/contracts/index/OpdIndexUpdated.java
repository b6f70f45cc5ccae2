package id.go.cilegon.ppid.contracts.index;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The openness index of one OPD for one period (compacted topic, key {@code <opdCode>|<period label>}).
 *
 * @param opdCode     the OPD
 * @param period      the period covered
 * @param score       the index on the 0–100 scale; null when there is not enough data
 * @param band        the Komisi Informasi band of the score; null when there is no score
 * @param enoughData  whether the minimum sample sizes were met (exactly when score is present)
 * @param components  the formula's components with their values and weights
 * @param measures    the raw numbers behind the score
 * @param computedAt  when this value was computed
 */
public record OpdIndexUpdated(
        String opdCode,
        Period period,
        Double score,
        IndexBand band,
        boolean enoughData,
        List<IndexComponent> components,
        IndexMeasures measures,
        Instant computedAt)
        implements EventPayload {

    public OpdIndexUpdated {
        Checks.opdCode(opdCode, "opdCode");
        Objects.requireNonNull(period, "period");
        Checks.optionalScore(score, "score");
        IndexScores.requireConsistent(score, band, enoughData);
        components = Checks.list(components, "components");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(computedAt, "computedAt");
    }

    /** The Kafka key for an OPD and period, e.g. {@code DISKOMINFO|2026-11}. */
    public static String keyOf(String opdCode, Period period) {
        return opdCode + "|" + period.label();
    }

    @Override
    public String key() {
        return keyOf(opdCode, period);
    }
}
