package id.go.cilegon.ppid.index.domain;

import id.go.cilegon.ppid.contracts.index.Period;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The legal dates a period covers, both inclusive.
 *
 * @param period the period
 * @param from   first day
 * @param to     last day
 */
public record PeriodRange(Period period, LocalDate from, LocalDate to) {

    /** Days in the rolling window, today included. */
    public static final int ROLLING_DAYS = 90;

    public static PeriodRange of(Period period, LocalDate today) {
        switch (period.kind()) {
            case MONTH: {
                YearMonth month = YearMonth.parse(period.label());
                return new PeriodRange(period, month.atDay(1), month.atEndOfMonth());
            }
            case YEAR: {
                int year = Integer.parseInt(period.label());
                return new PeriodRange(period, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            default:
                return new PeriodRange(period, today.minusDays(ROLLING_DAYS - 1L), today);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
