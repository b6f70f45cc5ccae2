package id.go.cilegon.ppid.kit.retention;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Rows of {@code table} whose {@code timeColumn} is older than {@code horizon} (and that meet {@code condition}, a SQL
 * predicate of the service's own, or null) are deleted by {@link Retention}. A service adds its rules by producing
 * beans of this type ({@code @Produces @Dependent}).
 */
public record RetentionRule(String table, String timeColumn, Duration horizon, String condition) {

    private static final Pattern NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

    public RetentionRule {
        if (!NAME.matcher(table).matches() || !NAME.matcher(timeColumn).matches()) {
            throw new IllegalArgumentException("not a plain table and column name: " + table + "." + timeColumn);
        }
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("the horizon of " + table + " must be positive, got " + horizon);
        }
    }

    /** One batch of old rows, at most {@code ?1} of them (a statement that never holds long locks). */
    String deleteBatchSql() {
        return "delete from " + table + " where ctid in (select ctid from " + table + " where " + timeColumn
                + " < now() - make_interval(secs => " + horizon.toSeconds() + ")"
                + (condition == null ? "" : " and (" + condition + ")") + " limit ?1)";
    }
}
