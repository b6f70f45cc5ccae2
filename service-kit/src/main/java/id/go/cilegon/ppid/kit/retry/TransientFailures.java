package id.go.cilegon.ppid.kit.retry;

import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.StaleStateException;

/**
 * Tells a passing infrastructure failure (no pooled connection in time, the database restarting or
 * unreachable, a lock or statement timeout, a serialisation failure or deadlock) from a real error, by
 * the exception's cause chain, so callers retry or answer 503 instead of failing for good.
 */
public final class TransientFailures {

    private TransientFailures() {}

    /** True when the database is (briefly) unavailable or a retry of the whole transaction may succeed. */
    public static boolean isTransient(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && (isAcquisitionTimeout(sql) || isTransientState(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Also a concurrent update of the same row (optimistic lock): retrying re-reads it and re-checks the rules. */
    public static boolean isRetryable(Throwable error) {
        if (isTransient(error)) {
            return true;
        }
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** Agroal's "Sorry, acquisition timeout!": every pooled connection stayed busy for the acquisition timeout. */
    public static boolean isAcquisitionTimeout(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException
                    && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        if (state == null) {
            return false;
        }
        return state.startsWith("08") // connection exception
                || state.equals("40001") // serialization_failure
                || state.equals("40P01") // deadlock_detected
                || state.equals("55P03") // lock_not_available (lock_timeout)
                || state.equals("57014") // query_canceled (statement_timeout)
                || state.equals("53300") // too_many_connections
                || state.equals("57P01") // admin_shutdown
                || state.equals("57P02") // crash_shutdown
                || state.equals("57P03"); // cannot_connect_now (starting up, recovering)
    }
}
