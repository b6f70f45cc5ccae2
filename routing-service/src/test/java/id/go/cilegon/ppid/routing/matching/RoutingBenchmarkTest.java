package id.go.cilegon.ppid.routing.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.routing.service.DirectorySeed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Routing quality, measured: every request of {@code routing/labelled-requests.csv} (written the way citizens
 * write, with the OPD that holds the information) is ranked by the real analyzer and BM25 index over the seeded
 * directory, with the thresholds of {@code application.properties}. Prints top-1 accuracy, the share sent to the
 * PPID Utama's queue and the accuracy of what was routed automatically, next to the bare Lucene
 * {@code IndonesianAnalyzer} baseline, and a threshold sweep for tuning. Asserts only floors that fail if
 * routing breaks.
 */
class RoutingBenchmarkTest {

    record Labelled(String expected, String details, String purpose) {}

    record Result(int total, int top1Correct, int queued, int routed, int routedCorrect, List<String> misses) {

        double top1() {
            return (double) top1Correct / total;
        }

        double queuedShare() {
            return (double) queued / total;
        }

        double automaticAccuracy() {
            return routed == 0 ? 0 : (double) routedCorrect / routed;
        }

        String line(String label) {
            return String.format(
                    Locale.ROOT,
                    "%-34s n=%d top-1 accuracy=%.3f queued=%.3f (%d) automatic accuracy=%.3f (%d/%d)",
                    label,
                    total,
                    top1(),
                    queuedShare(),
                    queued,
                    automaticAccuracy(),
                    routedCorrect,
                    routed);
        }
    }

    @Test
    void routesTheLabelledRequestsWell() throws IOException {
        List<Labelled> dataset = dataset();
        Properties settings = applicationProperties();
        RoutingThresholds thresholds = new RoutingThresholds(
                Double.parseDouble(settings.getProperty("ppid.routing.min-score", "0")),
                Double.parseDouble(settings.getProperty("ppid.routing.min-margin", "0")));
        MatchSettings match = MatchSettings.defaults();
        List<OpdProfile> profiles = DirectorySeed.load(DirectorySeed.RESOURCE).profiles();

        OpdIndex tuned = OpdIndex.build(profiles, IndonesianText.standard(), match);
        OpdIndex baseline = OpdIndex.build(profiles, IndonesianText.luceneDefaults(), match);
        long start = System.nanoTime();
        Result result = evaluate(tuned, dataset, thresholds);
        long micros = (System.nanoTime() - start) / 1000 / dataset.size();
        Result bare = evaluate(baseline, dataset, thresholds);

        System.out.println("== Routing benchmark: " + dataset.size() + " labelled requests, " + profiles.size()
                + " OPDs, thresholds min-score=" + thresholds.minScore() + " min-margin=" + thresholds.minMargin());
        System.out.println(result.line("tuned (extra stop words+synonyms)"));
        System.out.println(bare.line("IndonesianAnalyzer defaults only"));
        System.out.println("mean ranking time per request: " + micros + " µs (informative, not asserted)");
        System.out.println("-- wrong automatic routings and queued requests:");
        result.misses().forEach(m -> System.out.println("   " + m));
        System.out.println("-- threshold sweep (min-score x min-margin: automatic accuracy / queued share):");
        for (double score : new double[] {0, 2, 3, 4, 5, 6}) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "   score>=%-4.1f", score));
            for (double margin : new double[] {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3}) {
                Result r = evaluate(tuned, dataset, new RoutingThresholds(score, margin));
                row.append(String.format(
                        Locale.ROOT, "  m%.2f:%.3f/%.3f", margin, r.automaticAccuracy(), r.queuedShare()));
            }
            System.out.println(row);
        }

        assertTrue(dataset.size() >= 80, "the benchmark needs at least 80 labelled requests");
        assertTrue(result.top1() >= 0.7, result.line("top-1 accuracy fell below 0.7"));
        assertTrue(result.automaticAccuracy() >= 0.8, result.line("automatic accuracy fell below 0.8"));
        assertTrue(result.queuedShare() <= 0.4, result.line("more than 40% queued"));
    }

    static Result evaluate(OpdIndex index, List<Labelled> dataset, RoutingThresholds thresholds) {
        int top1 = 0;
        int queued = 0;
        int routed = 0;
        int routedCorrect = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled request : dataset) {
            Ranking ranking = index.rank(request.details(), request.purpose(), Set.of());
            String best = ranking.best().map(Candidate::opdCode).orElse("-");
            if (best.equals(request.expected())) {
                top1++;
            }
            RoutingThresholds.Verdict verdict = thresholds.judge(ranking);
            if (verdict == RoutingThresholds.Verdict.CONFIDENT) {
                routed++;
                if (best.equals(request.expected())) {
                    routedCorrect++;
                } else {
                    misses.add("WRONG  " + describe(request, ranking));
                }
            } else {
                queued++;
                misses.add("QUEUED " + verdict + " " + describe(request, ranking));
            }
        }
        return new Result(dataset.size(), top1, queued, routed, routedCorrect, misses);
    }

    private static String describe(Labelled request, Ranking ranking) {
        StringBuilder out = new StringBuilder(
                "expected " + request.expected() + ": \"" + request.details() + "\" " + ranking.queryTerms() + " ->");
        for (Candidate c : ranking.top(3)) {
            out.append(String.format(Locale.ROOT, " %s %.2f %s", c.opdCode(), c.score(), c.matchedTerms()));
        }
        return out.toString();
    }

    static List<Labelled> dataset() throws IOException {
        List<Labelled> rows = new ArrayList<>();
        try (InputStream in = RoutingBenchmarkTest.class
                        .getClassLoader()
                        .getResourceAsStream("routing/labelled-requests.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = csv(line);
                rows.add(new Labelled(cells.get(0), cells.get(1), cells.get(2)));
            }
        }
        return rows;
    }

    /** One CSV line: comma-separated, fields optionally in double quotes (no quotes inside). */
    private static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        if (cells.size() != 3) {
            throw new IllegalArgumentException("expected 3 cells: " + line);
        }
        return cells;
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                RoutingBenchmarkTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties;
    }
}
