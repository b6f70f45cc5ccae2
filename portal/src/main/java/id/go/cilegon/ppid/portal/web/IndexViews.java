package id.go.cilegon.ppid.portal.web;

import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.IndexBand;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.contracts.index.PeriodKind;
import id.go.cilegon.ppid.portal.index.IndexBoard;
import id.go.cilegon.ppid.portal.index.OpdNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the public pages show, computed from the portal's {@link IndexBoard} in the visitor's language. */
@ApplicationScoped
public class IndexViews {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int TREND_MONTHS = 6;

    @Inject
    IndexBoard board;

    @Inject
    OpdNames names;

    /** A score as shown: the number in the visitor's notation and its Komisi Informasi band. */
    public record Score(Double value, String text, IndexBand band, String bandName, String bandKey) {

        static Score of(Double value, IndexBand band, Locale locale) {
            if (value == null || band == null) {
                return new Score(null, "–", null, null, "none");
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            format.setRoundingMode(java.math.RoundingMode.HALF_UP);
            return new Score(
                    value,
                    format.format(value),
                    band,
                    band.displayName(),
                    band.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }

        public boolean present() {
            return value != null;
        }
    }

    /** A line of scores over months, drawn as an SVG polyline in a 120 x 32 box (0 at the bottom, 100 at the top). */
    public record Trend(String points, String description, List<MonthScore> months) {

        static final int WIDTH = 120;
        static final int HEIGHT = 32;

        public boolean drawn() {
            return !points.isEmpty();
        }
    }

    /** One month of a trend. */
    public record MonthScore(String month, String score) {}

    /** An OPD's line of the ranking. */
    public record OpdRow(
            Integer rank,
            String code,
            String name,
            Score score,
            long received,
            long answeredOnTime,
            long overdue,
            Trend trend) {

        /** Whether the OPD's name is known (index-service answered); otherwise the code stands alone. */
        public boolean named() {
            return !name.equals(code);
        }
    }

    /** The city's numbers for a period. */
    public record CityView(
            String period, Score score, long received, long answeredOnTime, String medianDays, long objections) {}

    /** A period the dashboard can show. */
    public record PeriodOption(String label, String name, boolean selected) {}

    public record HomeView(CityView rolling, CityView year, Trend trend) {}

    /** One component of an OPD's index: what it measures, its value and its weight in the score. */
    public record ComponentRow(String key, String value, String weight, boolean counted) {}

    /** One OPD's page: its score over the last 90 days, what makes it up, and its months. */
    public record OpdView(
            String code,
            String name,
            boolean named,
            Score score,
            IndexMeasures measures,
            String medianDays,
            List<ComponentRow> components,
            Trend trend) {}

    /** The page of one OPD, if the index has anything of it. */
    public Optional<OpdView> opd(String code, Locale locale) {
        Optional<OpdIndexUpdated> current = board.opd(code, IndexBoard.current());
        List<OpdIndexUpdated> months = board.opdHistory(code, PeriodKind.MONTH);
        if (current.isEmpty() && months.isEmpty()) {
            return Optional.empty();
        }
        NumberFormat one = NumberFormat.getNumberInstance(locale);
        one.setMinimumFractionDigits(1);
        one.setMaximumFractionDigits(1);
        one.setRoundingMode(java.math.RoundingMode.HALF_UP);
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        String name = names.of(code);
        OpdIndexUpdated value = current.orElse(months.get(months.size() - 1));
        return Optional.of(new OpdView(
                code,
                name,
                !name.equals(code),
                Score.of(value.score(), value.band(), locale),
                value.measures(),
                value.measures().medianWorkingDays() == null
                        ? "–"
                        : one.format(value.measures().medianWorkingDays()),
                value.components().stream()
                        .map(c -> new ComponentRow(
                                c.name().replace('-', '_'),
                                c.value() == null ? "–" : one.format(c.value()),
                                whole.format(c.weight()),
                                c.included()))
                        .toList(),
                trend(
                        months.stream()
                                .map(h -> new Sample(h.period().label(), h.score()))
                                .toList(),
                        locale)));
    }

    public record DashboardView(
            String period, String periodName, CityView city, List<OpdRow> rows, List<PeriodOption> periods) {}

    public HomeView home(Locale locale) {
        String year = Integer.toString(LocalDate.now(WIB).getYear());
        return new HomeView(
                city(IndexBoard.current(), locale),
                city(year, locale),
                trend(
                        board.cityHistory(PeriodKind.MONTH).stream()
                                .map(v -> new Sample(v.period().label(), v.score()))
                                .toList(),
                        locale));
    }

    public DashboardView dashboard(String period, Locale locale) {
        List<OpdIndexUpdated> values = new ArrayList<>(board.opdsIn(period));
        values.sort(
                Comparator.comparing((OpdIndexUpdated v) -> v.score() == null ? Double.NEGATIVE_INFINITY : v.score())
                        .reversed()
                        .thenComparing(OpdIndexUpdated::opdCode));
        List<OpdRow> rows = new ArrayList<>();
        Double previous = null;
        int rank = 0;
        for (int i = 0; i < values.size(); i++) {
            OpdIndexUpdated v = values.get(i);
            if (v.score() != null && !v.score().equals(previous)) {
                rank = i + 1; // equal scores share a rank
            }
            previous = v.score();
            IndexMeasures m = v.measures();
            rows.add(new OpdRow(
                    v.score() == null ? null : rank,
                    v.opdCode(),
                    names.of(v.opdCode()),
                    Score.of(v.score(), v.band(), locale),
                    m.received(),
                    m.answeredOnTime(),
                    m.overdue(),
                    trend(
                            board.opdHistory(v.opdCode(), PeriodKind.MONTH).stream()
                                    .map(h -> new Sample(h.period().label(), h.score()))
                                    .toList(),
                            locale)));
        }
        return new DashboardView(
                period, periodName(period, locale), city(period, locale), rows, periods(period, locale));
    }

    /** Whether {@code label} names a period the index has: {@code rolling-90d}, a year or a month. */
    public static boolean knownPeriod(String label) {
        try {
            Period.ofLabel(label);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private CityView city(String period, Locale locale) {
        Optional<CityIndexUpdated> value = board.city(period);
        IndexMeasures m = value.map(CityIndexUpdated::measures).orElse(null);
        NumberFormat days = NumberFormat.getNumberInstance(locale);
        days.setMaximumFractionDigits(1);
        return new CityView(
                periodName(period, locale),
                value.map(v -> Score.of(v.score(), v.band(), locale)).orElse(Score.of(null, null, locale)),
                m == null ? 0 : m.received(),
                m == null ? 0 : m.answeredOnTime(),
                m == null || m.medianWorkingDays() == null ? "–" : days.format(m.medianWorkingDays()),
                m == null ? 0 : m.objectionsFiled());
    }

    private List<PeriodOption> periods(String selected, Locale locale) {
        List<String> labels = new ArrayList<>();
        labels.add(IndexBoard.current());
        for (PeriodKind kind : List.of(PeriodKind.YEAR, PeriodKind.MONTH)) {
            List<CityIndexUpdated> history = board.cityHistory(kind);
            for (int i = history.size() - 1; i >= 0; i--) {
                labels.add(history.get(i).period().label()); // newest first
            }
        }
        if (!labels.contains(selected)) {
            labels.add(selected);
        }
        return labels.stream()
                .map(label -> new PeriodOption(label, periodName(label, locale), label.equals(selected)))
                .toList();
    }

    static String periodName(String label, Locale locale) {
        if (IndexBoard.current().equals(label)) {
            return "en".equals(locale.getLanguage()) ? "last 90 days" : "90 hari terakhir";
        }
        if (label.length() == 7) {
            return YearMonth.parse(label).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
        }
        return label;
    }

    private record Sample(String month, Double score) {}

    private static Trend trend(List<Sample> samples, Locale locale) {
        List<Sample> last = samples.subList(Math.max(0, samples.size() - TREND_MONTHS), samples.size());
        StringBuilder points = new StringBuilder();
        List<MonthScore> months = new ArrayList<>();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        double step = last.size() > 1 ? (double) Trend.WIDTH / (last.size() - 1) : 0;
        for (int i = 0; i < last.size(); i++) {
            Sample s = last.get(i);
            months.add(
                    new MonthScore(periodName(s.month(), locale), s.score() == null ? "–" : format.format(s.score())));
            if (s.score() != null) {
                double x = i * step;
                double y = Trend.HEIGHT - s.score() / 100.0 * Trend.HEIGHT;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
        }
        String description = months.stream()
                .map(m -> m.month() + ": " + m.score())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        return new Trend(points.toString().strip(), description, months);
    }
}
