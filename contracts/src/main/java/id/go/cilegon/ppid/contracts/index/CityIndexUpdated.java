package id.go.cilegon.ppid.contracts.index;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The city-wide openness index for one period (compacted topic, key {@code <period label>}).
 *
 * @param period      the period covered
 * @param score       the index on the 0–100 scale; null when there is not enough data
 * @param band        the Komisi Informasi band of the score; null when there is no score
 * @param enoughData  whether the minimum sample sizes were met (exactly when score is present)
 * @param components  the formula's components with their values and weights
 * @param measures    the raw numbers behind the score, summed over all OPDs
 * @param opdCount    how many OPDs the numbers cover
 * @param computedAt  when this value was computed
 */
public record CityIndexUpdated(
        Period period,
        Double score,
        IndexBand band,
        boolean enoughData,
        List<IndexComponent> components,
        IndexMeasures measures,
        int opdCount,
        Instant computedAt)
        implements EventPayload {

    public CityIndexUpdated {
        Objects.requireNonNull(period, "period");
        Checks.optionalScore(score, "score");
        IndexScores.requireConsistent(score, band, enoughData);
        components = Checks.list(components, "components");
        Objects.requireNonNull(measures, "measures");
        Checks.notNegative(opdCount, "opdCount");
        Objects.requireNonNull(computedAt, "computedAt");
    }

    /** The Kafka key for a period, e.g. {@code 2026}. */
    public static String keyOf(Period period) {
        return period.label();
    }

    @Override
    public String key() {
        return keyOf(period);
    }
}
