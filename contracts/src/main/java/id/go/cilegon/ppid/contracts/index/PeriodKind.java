package id.go.cilegon.ppid.contracts.index;

/** Kind of period an index value covers. */
public enum PeriodKind {
    /** A calendar month in WIB, label {@code yyyy-MM}. */
    MONTH,
    /** A calendar year in WIB, label {@code yyyy}. */
    YEAR,
    /** The last 90 days up to computedAt, label {@code rolling-90d}. */
    ROLLING_90_DAYS
}
