package id.go.cilegon.ppid.contracts.index;

import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The period an index value covers; its label is part of the Kafka key.
 *
 * @param kind  month, year or rolling window
 * @param label {@code 2026-11} for a month, {@code 2026} for a year, {@code rolling-90d} for the rolling window
 */
public record Period(PeriodKind kind, String label) {

    /** Label of the rolling 90-day window. */
    public static final String ROLLING_90_DAYS_LABEL = "rolling-90d";

    private static final Pattern MONTH_LABEL = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])$");
    private static final Pattern YEAR_LABEL = Pattern.compile("^\\d{4}$");

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        boolean valid = switch (kind) {
            case MONTH -> MONTH_LABEL.matcher(label).matches();
            case YEAR -> YEAR_LABEL.matcher(label).matches();
            case ROLLING_90_DAYS -> ROLLING_90_DAYS_LABEL.equals(label);
        };
        if (!valid) {
            throw new IllegalArgumentException("label '" + label + "' does not fit period kind " + kind);
        }
    }

    /** The period of one calendar month. */
    public static Period month(YearMonth month) {
        return new Period(PeriodKind.MONTH, month.toString());
    }

    /** The period of one calendar year. */
    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, String.format("%04d", year));
    }

    /** The rolling 90-day window. */
    public static Period rolling90Days() {
        return new Period(PeriodKind.ROLLING_90_DAYS, ROLLING_90_DAYS_LABEL);
    }

    /** The period a label stands for, e.g. from a Kafka key or a URL. */
    public static Period ofLabel(String label) {
        Objects.requireNonNull(label, "label");
        if (ROLLING_90_DAYS_LABEL.equals(label)) {
            return rolling90Days();
        }
        if (YEAR_LABEL.matcher(label).matches()) {
            return new Period(PeriodKind.YEAR, label);
        }
        return new Period(PeriodKind.MONTH, label);
    }
}
