package id.go.cilegon.ppid.index.domain;

import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.index.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the measures of a period out of a {@link ScopeAggregate}. Request measures are about the requests
 * <em>received</em> in the period (a cohort), whatever happened to them later; periodic-publication measures are
 * about the editions <em>due</em> in the period. Open and overdue are evaluated on the given day.
 */
public final class MeasureCalculator {

    private MeasureCalculator() {}

    public static PeriodMeasures measure(ScopeAggregate aggregate, Period period, LocalDate today) {
        return measure(aggregate, period, today, editions(aggregate, today));
    }

    /** The periodic editions of every register of the aggregate due up to {@code today}, per OPD. */
    public static Map<String, List<PeriodicEntry.Edition>> editions(ScopeAggregate aggregate, LocalDate today) {
        Map<String, List<PeriodicEntry.Edition>> editions = new TreeMap<>();
        aggregate.registers().forEach((opd, register) -> editions.put(opd, register.editions(today)));
        return editions;
    }

    /** As {@link #measure(ScopeAggregate, Period, LocalDate)}, with the editions computed once for many periods. */
    public static PeriodMeasures measure(
            ScopeAggregate aggregate,
            Period period,
            LocalDate today,
            Map<String, List<PeriodicEntry.Edition>> editions) {
        PeriodRange range = PeriodRange.of(period, today);
        Bucket sum = sum(aggregate, range);
        long required = 0;
        long onTime = 0;
        TreeSet<String> opds = new TreeSet<>();
        for (Map.Entry<String, List<PeriodicEntry.Edition>> register : editions.entrySet()) {
            for (PeriodicEntry.Edition edition : register.getValue()) {
                if (range.contains(edition.dueDate())) {
                    required++;
                    if (edition.onTime()) {
                        onTime++;
                    }
                    opds.add(register.getKey());
                }
            }
        }
        sum.requestsByOpd.forEach((opd, count) -> {
            if (count > 0 && !Bucket.UNASSIGNED.equals(opd)) {
                opds.add(opd);
            }
        });
        long answered = nonNegative(sum.answered);
        long answeredOnTime = Math.min(nonNegative(sum.answeredOnTime), answered);
        IndexMeasures measures = new IndexMeasures(
                nonNegative(sum.received),
                answered,
                answeredOnTime,
                answered - answeredOnTime,
                nonNegative(sum.open()),
                nonNegative(sum.overdue(today)),
                percentile(sum.workingDays, 0.5),
                percentile(sum.workingDays, 0.9),
                nonNegative(sum.extensions),
                counts(sum.decisions, DecisionType.class),
                counts(sum.refusals, ExemptionGround.class),
                nonNegative(sum.objectionsFiled),
                nonNegative(sum.objectionsUpheld),
                nonNegative(sum.disputes),
                nonNegative(sum.transfers),
                required,
                onTime);
        return new PeriodMeasures(
                period,
                today,
                measures,
                nonNegative(sum.withdrawn),
                nonNegative(sum.objectionsRejected),
                nonNegative(sum.slaBreaches),
                nonNegative(sum.decisionsCorrected),
                opds.size());
    }

    /** Every period the aggregate has data for, plus the rolling window, in a stable order. */
    public static List<Period> periods(ScopeAggregate aggregate, LocalDate today) {
        return periods(aggregate, editions(aggregate, today));
    }

    static List<Period> periods(ScopeAggregate aggregate, Map<String, List<PeriodicEntry.Edition>> editions) {
        TreeSet<String> months = new TreeSet<>(aggregate.months.keySet());
        editions.values()
                .forEach(list ->
                        list.forEach(e -> months.add(YearMonth.from(e.dueDate()).toString())));
        TreeSet<String> years = new TreeSet<>();
        months.forEach(m -> years.add(m.substring(0, 4)));
        List<Period> periods = new ArrayList<>();
        months.forEach(m -> periods.add(Period.month(YearMonth.parse(m))));
        years.forEach(y -> periods.add(Period.year(Integer.parseInt(y))));
        periods.add(Period.rolling90Days());
        return periods;
    }

    static Bucket sum(ScopeAggregate aggregate, PeriodRange range) {
        Bucket sum = new Bucket();
        switch (range.period().kind()) {
            case MONTH:
                Bucket month = aggregate.months.get(range.period().label());
                if (month != null) {
                    sum.plus(month);
                }
                break;
            case YEAR:
                aggregate
                        .months
                        .subMap(
                                range.period().label() + "-01",
                                true,
                                range.period().label() + "-12",
                                true)
                        .values()
                        .forEach(sum::plus);
                break;
            default:
                aggregate
                        .days
                        .subMap(range.from(), true, range.to(), true)
                        .values()
                        .forEach(sum::plus);
        }
        return sum;
    }

    /**
     * A percentile of a histogram by the nearest-rank method (the smallest value with at least {@code p} of the
     * answers at or below it); the median of an even count is the mean of the two middle values.
     */
    static Double percentile(Map<Integer, Long> histogram, double p) {
        long n = histogram.values().stream().mapToLong(v -> Math.max(0, v)).sum();
        if (n == 0) {
            return null;
        }
        if (p == 0.5 && n % 2 == 0) {
            return (valueAtRank(histogram, n / 2) + valueAtRank(histogram, n / 2 + 1)) / 2.0;
        }
        long rank = (long) Math.ceil(p * n);
        return (double) valueAtRank(histogram, Math.max(1, rank));
    }

    private static int valueAtRank(Map<Integer, Long> histogram, long rank) {
        long seen = 0;
        int last = 0;
        for (Map.Entry<Integer, Long> entry : histogram.entrySet()) {
            seen += Math.max(0, entry.getValue());
            last = entry.getKey();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return last;
    }

    private static <E extends Enum<E>> Map<E, Long> counts(Map<E, Long> source, Class<E> type) {
        Map<E, Long> out = new EnumMap<>(type);
        source.forEach((k, v) -> {
            if (v > 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static long nonNegative(long value) {
        // A negative count can only come from a bug in the subtraction; never publish it.
        return Math.max(0, value);
    }
}
