package id.go.cilegon.ppid.index.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.go.cilegon.ppid.contracts.index.Period;

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
        List<PeriodIndex> all = new ArrayList<>();
        Map<String, List<PeriodicEntry.Edition>> editions = MeasureCalculator.editions(aggregate, today);
        for (Period period : MeasureCalculator.periods(aggregate, editions)) {
            PeriodMeasures measures = MeasureCalculator.measure(aggregate, period, today, editions);
            all.add(new PeriodIndex(measures, formula.evaluate(measures)));
        }
        return all;
    }
}
