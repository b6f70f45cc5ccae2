package id.go.cilegon.ppid.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** A latency distribution in microseconds (HdrHistogram, 3 significant digits, up to one hour), thread-safe. */
public final class Latencies {

    private static final long MAX_MICROS = 3_600_000_000L;

    private final Histogram histogram = new ConcurrentHistogram(MAX_MICROS, 3);

    /** Records one latency given in nanoseconds (values below 1 µs count as 1 µs, above one hour as one hour). */
    public void recordNanos(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(MAX_MICROS, nanos / 1000)));
    }

    /** Records one latency given in milliseconds. */
    public void recordMillis(long millis) {
        recordNanos(Math.max(0, millis) * 1_000_000L);
    }

    /** How many values were recorded. */
    public long count() {
        return histogram.getTotalCount();
    }

    /** The percentile {@code p} (0-100) in milliseconds, or NaN without data. */
    public double percentileMillis(double p) {
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(p) / 1000d;
    }

    /** The largest value in milliseconds, or NaN without data. */
    public double maxMillis() {
        return count() == 0 ? Double.NaN : histogram.getMaxValue() / 1000d;
    }

    /** count, p50, p95, p99, max (ms) for the results file. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count());
        m.put("p50_ms", round(percentileMillis(50)));
        m.put("p95_ms", round(percentileMillis(95)));
        m.put("p99_ms", round(percentileMillis(99)));
        m.put("max_ms", round(maxMillis()));
        return m;
    }

    static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 100) / 100d;
    }
}
