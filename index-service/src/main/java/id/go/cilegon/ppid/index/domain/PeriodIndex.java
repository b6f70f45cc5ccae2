package id.go.cilegon.ppid.index.domain;

import id.go.cilegon.ppid.contracts.index.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The measures and the index of one scope for one period.
 *
 * @param measures the measures
 * @param index    the index computed from them
 */
public record PeriodIndex(PeriodMeasures measures, IndexResult index) {

    public static PeriodIndex of(ScopeAggregate aggregate, Period period, LocalDate today, IndexFormula formula) {
        PeriodMeasures measures = MeasureCalculator.measure(aggregate, period, today);
        return new PeriodIndex(measures, formula.evaluate(measures));
    }

    /** The index of every period the aggregate has data for, and of the rolling window. */
    public static List<PeriodIndex> all(ScopeAggregate aggregate, LocalDate today, IndexFormula formula) {
        Map<String, List<PeriodicEntry.Edition>> editions = MeasureCalculator.editions(aggregate, today);
        return evaluate(aggregate, MeasureCalculator.periods(aggregate, editions), today, formula, editions);
    }

    /** The index of the given periods only, in their order (the periodic editions are worked out once). */
    public static List<PeriodIndex> of(
            ScopeAggregate aggregate, Collection<Period> periods, LocalDate today, IndexFormula formula) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return evaluate(aggregate, periods, today, formula, MeasureCalculator.editions(aggregate, today));
    }

    private static List<PeriodIndex> evaluate(
            ScopeAggregate aggregate,
            Collection<Period> periods,
            LocalDate today,
            IndexFormula formula,
            Map<String, List<PeriodicEntry.Edition>> editions) {
        List<PeriodIndex> out = new ArrayList<>(periods.size());
        for (Period period : periods) {
            PeriodMeasures measures = MeasureCalculator.measure(aggregate, period, today, editions);
            out.add(new PeriodIndex(measures, formula.evaluate(measures)));
        }
        return out;
    }
}
