package id.go.cilegon.ppid.index.rest;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.contracts.index.PeriodKind;
import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import java.util.Locale;

/** Checks of path and query parameters, each refused with the field named in English and Bahasa Indonesia. */
final class Inputs {

    static final int MIN_YEAR = 2008;
    static final int MAX_YEAR = 2100;

    private Inputs() {}

    static String opdCode(String value) {
        if (value == null || !Checks.OPD_CODE.matcher(value).matches()) {
            throw new InvalidInputException(new FieldViolation(
                    "opdCode",
                    "opd-code-invalid",
                    "must be an OPD code: capital letters, digits and underscores, e.g. DLH",
                    "harus berupa kode OPD: huruf kapital, angka dan garis bawah, misalnya DLH"));
        }
        return value;
    }

    static Period period(String value) {
        if (value == null || value.isBlank()) {
            return Period.rolling90Days();
        }
        try {
            Period period = Period.ofLabel(value.strip());
            if (period.kind() != PeriodKind.ROLLING_90_DAYS) {
                year(Integer.parseInt(period.label().substring(0, 4)), "period");
            }
            return period;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new FieldViolation(
                    "period",
                    "period-invalid",
                    "must be a month (2026-03), a year (2026) or rolling-90d",
                    "harus berupa bulan (2026-03), tahun (2026) atau rolling-90d"));
        }
    }

    static PeriodKind historyKind(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("MONTH")) {
            return PeriodKind.MONTH;
        }
        if (value.equalsIgnoreCase("YEAR")) {
            return PeriodKind.YEAR;
        }
        throw new InvalidInputException(
                new FieldViolation("kind", "kind-invalid", "must be MONTH or YEAR", "harus MONTH atau YEAR"));
    }

    static int year(Integer value, int defaultYear) {
        return value == null ? defaultYear : year(value, "year");
    }

    private static int year(int value, String field) {
        if (value < MIN_YEAR || value > MAX_YEAR) {
            throw new InvalidInputException(new FieldViolation(
                    field,
                    "year-out-of-range",
                    "the year must be between " + MIN_YEAR + " and " + MAX_YEAR,
                    "tahun harus antara " + MIN_YEAR + " dan " + MAX_YEAR));
        }
        return value;
    }

    /** {@code true} for CSV: {@code format=csv}, or an Accept header asking for text/csv. */
    static boolean csv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (f.equals("csv")) {
                return true;
            }
            if (f.equals("json")) {
                return false;
            }
            throw new InvalidInputException(
                    new FieldViolation("format", "format-invalid", "must be json or csv", "harus json atau csv"));
        }
        return accept != null && accept.contains("text/csv") && !accept.contains("application/json");
    }
}
