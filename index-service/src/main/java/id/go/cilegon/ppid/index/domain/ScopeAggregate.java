package id.go.cilegon.ppid.index.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything the index of one scope (one OPD, or the city) is computed from: request counts per month of receipt,
 * per day of receipt for the recent days that the rolling window needs, and the periodic registers.
 *
 * <p>Built by a table aggregation: every change of a contribution first removes its old value ({@code sign} -1)
 * and then adds the new one, so a request that changes OPD or state is moved, never counted twice.
 */
public final class ScopeAggregate {

    /** Months of receipt, {@code yyyy-MM}, to their counts; kept even when back at zero so the period stays listed. */
    public TreeMap<String, Bucket> months = new TreeMap<>();
    /** Days of receipt within the retention to their counts; older days are dropped. */
    public TreeMap<LocalDate, Bucket> days = new TreeMap<>();
    /** Periodic registers per OPD (one for an OPD scope, every OPD's for the city); read through {@link #registers}. */
    @JsonProperty("registers")
    private TreeMap<String, OpdRegister> registers = new TreeMap<>();
    /**
     * The registers as read from state, until they are first used (then null). Almost every change of an aggregate
     * is a request's, which leaves the registers alone, so they are written back as they were read instead of being
     * decoded and encoded again: the city's hold every OPD's register, the largest part of its value.
     */
    private byte[] registersState;

    private Function<byte[], TreeMap<String, OpdRegister>> registersDecoder;

    /** The periodic registers per OPD, decoded on first use. */
    public TreeMap<String, OpdRegister> registers() {
        if (registersState != null) {
            registers = registersDecoder.apply(registersState);
            registersState = null;
            registersDecoder = null;
        }
        return registers;
    }

    /** Sets the registers from their state form, decoded by {@code decoder} only when first used. */
    public void registersFromState(byte[] state, Function<byte[], TreeMap<String, OpdRegister>> decoder) {
        registersState = state;
        registersDecoder = decoder;
    }

    /** The registers' state form as read, or null once they were used (they may have changed since). */
    public byte[] untouchedRegistersState() {
        return registersState;
    }

    /**
     * Adds or removes one contribution.
     *
     * @param today         legal date now; days of receipt before {@code today - retentionDays} are not kept
     * @param retentionDays how many days of day-level counts to keep, at least the rolling window
     */
    public ScopeAggregate add(Contribution contribution, int sign, boolean city, LocalDate today, int retentionDays) {
        if (contribution.request != null && contribution.request.countable()) {
            RequestFacts facts = contribution.request;
            String month = YearMonth.from(facts.receivedDate).toString();
            months.computeIfAbsent(month, m -> new Bucket()).add(facts, sign, city);
            LocalDate oldest = today.minusDays(retentionDays);
            if (!facts.receivedDate.isBefore(oldest)) {
                Bucket day = days.get(facts.receivedDate);
                if (sign > 0 || day != null) {
                    // A day missing on removal was dropped by the retention after it was added: nothing to undo.
                    days.computeIfAbsent(facts.receivedDate, d -> new Bucket()).add(facts, sign, city);
                }
            }
            days.headMap(oldest, false).clear();
        } else if (contribution.register != null) {
            if (sign > 0) {
                registers().put(contribution.register.opdCode, contribution.register);
            } else {
                registers().remove(contribution.register.opdCode);
            }
        }
        return this;
    }
}
