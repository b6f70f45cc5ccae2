package id.go.cilegon.ppid.index.service;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.contracts.index.PeriodKind;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.MeasureCalculator;
import id.go.cilegon.ppid.index.domain.PeriodIndex;
import id.go.cilegon.ppid.index.domain.ScopeAggregate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the REST views from aggregates, with the same formula and clock as the published topics. */
public final class Views {

    private final IndexFormula formula;
    private final Clock clock;

    public Views(IndexFormula formula, Clock clock) {
        this.formula = formula;
        this.clock = clock;
    }

    public LocalDate today() {
        return LegalTime.toLegalDate(clock.instant());
    }

    public IndexView opd(String opdCode, OpdDirectoryEntry entry, ScopeAggregate aggregate, Period period) {
        return view(opdCode, entry, aggregate, period, false);
    }

    public IndexView city(ScopeAggregate aggregate, Period period) {
        return view(null, null, aggregate, period, true);
    }

    /** Months of a year (up to the current month) or every year with data, oldest first. */
    public List<IndexView> history(
            String opdCode, OpdDirectoryEntry entry, ScopeAggregate aggregate, PeriodKind kind, int year) {
        ScopeAggregate agg = orEmpty(aggregate);
        LocalDate today = today();
        List<Period> periods = new ArrayList<>();
        if (kind == PeriodKind.YEAR) {
            Set<Integer> years = new TreeSet<>();
            for (Period p : MeasureCalculator.periods(agg, today)) {
                if (p.kind() == PeriodKind.YEAR) {
                    years.add(Integer.parseInt(p.label()));
                }
            }
            years.add(today.getYear());
            years.forEach(y -> periods.add(Period.year(y)));
        } else {
            YearMonth last = year == today.getYear() ? YearMonth.from(today) : YearMonth.of(year, 12);
            for (YearMonth m = YearMonth.of(year, 1); !m.isAfter(last); m = m.plusMonths(1)) {
                periods.add(Period.month(m));
            }
        }
        List<IndexView> views = new ArrayList<>();
        for (Period period : periods) {
            views.add(view(opdCode, entry, agg, period, opdCode == null));
        }
        return views;
    }

    /** One unranked row per OPD aggregate. */
    public List<RankingView.Row> rows(List<Map.Entry<String, ScopeAggregate>> aggregates, Period period) {
        LocalDate today = today();
        List<RankingView.Row> rows = new ArrayList<>();
        for (Map.Entry<String, ScopeAggregate> entry : aggregates) {
            PeriodIndex index = PeriodIndex.of(orEmpty(entry.getValue()), period, today, formula);
            IndexMeasures m = index.measures().measures();
            rows.add(new RankingView.Row(
                    null,
                    entry.getKey(),
                    null,
                    null,
                    index.index().score(),
                    index.index().band(),
                    index.index().band() == null ? null : index.index().band().displayName(),
                    index.index().enoughData(),
                    m.received(),
                    m.answered(),
                    m.overdue()));
        }
        return rows;
    }

    /**
     * Ranks rows gathered from every instance, adds active directory OPDs without any data and the names. Equal
     * scores share a rank (1, 2, 2, 4).
     */
    public RankingView rank(Period period, List<RankingView.Row> rows, Map<String, OpdDirectoryEntry> directory) {
        Map<String, RankingView.Row> byOpd = new TreeMap<>();
        rows.forEach(r -> byOpd.put(r.opdCode(), r));
        directory.values().stream()
                .filter(OpdDirectoryEntry::active)
                .forEach(e -> byOpd.putIfAbsent(
                        e.opdCode(),
                        new RankingView.Row(null, e.opdCode(), null, null, null, null, null, false, 0, 0, 0)));
        List<RankingView.Row> sorted = new ArrayList<>(byOpd.values());
        sorted.sort(Comparator.comparing((RankingView.Row r) -> r.score() == null ? 1 : 0)
                .thenComparing(r -> r.score() == null ? 0.0 : -r.score())
                .thenComparing(RankingView.Row::opdCode));
        List<RankingView.Row> ranked = new ArrayList<>();
        Double previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            RankingView.Row r = sorted.get(i);
            if (r.score() != null && !r.score().equals(previous)) {
                rank = i + 1;
                previous = r.score();
            }
            OpdDirectoryEntry entry = directory.get(r.opdCode());
            ranked.add(new RankingView.Row(
                    r.score() == null ? null : rank,
                    r.opdCode(),
                    entry == null ? null : entry.name(),
                    entry == null ? null : entry.active(),
                    r.score(),
                    r.band(),
                    r.bandName(),
                    r.enoughData(),
                    r.received(),
                    r.answered(),
                    r.overdue()));
        }
        return new RankingView(period, today(), ranked);
    }

    public AnnualReport annual(int year, String scope, String scopeName, ScopeAggregate aggregate) {
        ScopeAggregate agg = orEmpty(aggregate);
        LocalDate today = today();
        PeriodIndex index = PeriodIndex.of(agg, Period.year(year), today, formula);
        IndexMeasures m = index.measures().measures();
        List<AnnualReport.DecisionLine> decisions = new ArrayList<>();
        for (DecisionType type : DecisionType.values()) {
            decisions.add(new AnnualReport.DecisionLine(
                    type, type.label(), m.decisionsByType().getOrDefault(type, 0L)));
        }
        List<AnnualReport.RefusalLine> reasons = new ArrayList<>();
        for (ExemptionGround ground : ExemptionGround.values()) {
            long count = m.refusalsByGround().getOrDefault(ground, 0L);
            if (count > 0) {
                reasons.add(new AnnualReport.RefusalLine(ground, ground.citation(), ground.description(), count));
            }
        }
        List<AnnualReport.MonthLine> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            IndexMeasures mm = MeasureCalculator.measure(agg, Period.month(YearMonth.of(year, month)), today)
                    .measures();
            months.add(new AnnualReport.MonthLine(
                    YearMonth.of(year, month).toString(),
                    mm.received(),
                    mm.answered(),
                    mm.answeredOnTime(),
                    mm.open(),
                    mm.medianWorkingDays()));
        }
        long granted = m.decisionsByType().getOrDefault(DecisionType.GRANTED, 0L)
                + m.decisionsByType().getOrDefault(DecisionType.PARTIALLY_GRANTED, 0L);
        return new AnnualReport(
                year,
                scope,
                scopeName,
                today,
                today.getYear() > year,
                m.received(),
                index.measures().withdrawn(),
                m.answered(),
                m.answeredOnTime(),
                m.late(),
                m.open(),
                m.overdue(),
                m.medianWorkingDays(),
                m.p90WorkingDays(),
                m.extensions(),
                granted,
                m.decisionsByType().getOrDefault(DecisionType.REFUSED, 0L),
                decisions,
                reasons,
                m.objectionsFiled(),
                m.objectionsUpheld(),
                index.measures().objectionsRejected(),
                index.measures().decisionsCorrected(),
                m.disputes(),
                m.transfers(),
                m.periodicRequired(),
                m.periodicPublishedOnTime(),
                index.index().score(),
                index.index().band(),
                months);
    }

    /**
     * The annual report as CSV (RFC 4180, UTF-8): one line per figure with its section, key, Indonesian
     * description and value, so it opens in a spreadsheet and can be pasted into the published report.
     */
    public static String csv(AnnualReport r) {
        StringBuilder out = new StringBuilder("section,item,keterangan,value\r\n");
        line(out, "report", "year", "Tahun", r.year());
        line(out, "report", "scope", "Cakupan", r.scope());
        line(out, "report", "scope_name", "Badan Publik / OPD", r.scopeName());
        line(out, "report", "as_of", "Per tanggal", r.asOf());
        line(out, "report", "year_complete", "Tahun sudah berakhir", r.yearComplete());
        line(out, "requests", "received", "Jumlah permohonan informasi", r.requestsReceived());
        line(out, "requests", "withdrawn", "Permohonan dicabut", r.withdrawn());
        line(out, "requests", "answered", "Permohonan yang ditanggapi", r.answered());
        line(out, "requests", "answered_on_time", "Ditanggapi tepat waktu", r.answeredOnTime());
        line(out, "requests", "answered_late", "Ditanggapi melewati batas waktu", r.answeredLate());
        line(out, "requests", "open", "Belum ditanggapi", r.open());
        line(out, "requests", "overdue", "Belum ditanggapi dan melewati batas waktu", r.overdue());
        line(out, "time", "median_working_days", "Median waktu pemenuhan (hari kerja)", r.medianWorkingDays());
        line(out, "time", "p90_working_days", "Persentil ke-90 waktu pemenuhan (hari kerja)", r.p90WorkingDays());
        line(out, "time", "extensions", "Perpanjangan waktu (Pasal 22 ayat 8)", r.extensions());
        line(out, "decisions", "granted", "Dikabulkan seluruhnya atau sebagian", r.granted());
        line(out, "decisions", "refused", "Ditolak", r.refused());
        for (AnnualReport.DecisionLine d : r.decisions()) {
            line(out, "decisions", d.decision().name(), d.label(), d.count());
        }
        for (AnnualReport.RefusalLine g : r.refusalReasons()) {
            line(out, "refusal_reasons", g.ground().name(), g.citation() + ": " + g.description(), g.count());
        }
        line(out, "objections", "filed", "Keberatan diajukan (Pasal 35)", r.objectionsFiled());
        line(out, "objections", "upheld", "Keberatan diterima atasan PPID", r.objectionsUpheld());
        line(out, "objections", "rejected", "Keberatan ditolak atasan PPID", r.objectionsRejected());
        line(
                out,
                "objections",
                "decisions_corrected",
                "Keputusan perbaikan setelah keberatan diterima (Pasal 36)",
                r.decisionsCorrected());
        line(out, "disputes", "filed", "Sengketa ke Komisi Informasi (Pasal 37)", r.disputes());
        line(out, "routing", "transfers", "Pengembalian permohonan antar-OPD", r.transfers());
        line(out, "proactive", "periodic_required", "Informasi berkala yang wajib diumumkan", r.periodicRequired());
        line(
                out,
                "proactive",
                "periodic_on_time",
                "Informasi berkala diumumkan tepat waktu",
                r.periodicPublishedOnTime());
        line(out, "index", "score", "Indeks keterbukaan", r.score());
        line(
                out,
                "index",
                "band",
                "Kategori",
                r.band() == null ? null : r.band().displayName());
        for (AnnualReport.MonthLine month : r.months()) {
            line(out, "month_" + month.month(), "received", "Permohonan diterima", month.received());
            line(out, "month_" + month.month(), "answered", "Permohonan ditanggapi", month.answered());
            line(out, "month_" + month.month(), "answered_on_time", "Ditanggapi tepat waktu", month.answeredOnTime());
            line(out, "month_" + month.month(), "open", "Belum ditanggapi", month.open());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String section, String item, String description, Object value) {
        out.append(cell(section))
                .append(',')
                .append(cell(item))
                .append(',')
                .append(cell(description))
                .append(',')
                .append(cell(value == null ? "" : value.toString()))
                .append("\r\n");
    }

    private static String cell(String text) {
        // Quote always when needed; a leading =, +, - or @ would be run as a formula by spreadsheets.
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")
                ? "'" + text
                : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private IndexView view(
            String opdCode, OpdDirectoryEntry entry, ScopeAggregate aggregate, Period period, boolean city) {
        PeriodIndex index = PeriodIndex.of(orEmpty(aggregate), period, today(), formula);
        return new IndexView(
                opdCode,
                entry == null ? null : entry.name(),
                entry == null ? null : entry.active(),
                period,
                index.measures().asOf(),
                index.index().score(),
                index.index().band(),
                index.index().band() == null ? null : index.index().band().displayName(),
                index.index().enoughData(),
                formula.minimumRequests(),
                index.index().components(),
                index.measures().measures(),
                index.measures().withdrawn(),
                index.measures().objectionsRejected(),
                index.measures().slaBreaches(),
                city ? index.measures().opdCount() : null,
                clock.instant());
    }

    private static ScopeAggregate orEmpty(ScopeAggregate aggregate) {
        return aggregate == null ? new ScopeAggregate() : aggregate;
    }
}
