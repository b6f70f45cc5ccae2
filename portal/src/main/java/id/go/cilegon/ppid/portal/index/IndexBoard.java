package id.go.cilegon.ppid.portal.index;

import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.contracts.index.PeriodKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The portal's own view of the two compacted index topics: the latest value per key, as {@link IndexFeed} reads them.
 * Reads are safe from any thread while the feed writes.
 */
@ApplicationScoped
public class IndexBoard {

    /** Per OPD code, its values by period label. */
    private final Map<String, Map<String, OpdIndexUpdated>> opds = new ConcurrentSkipListMap<>();

    private final Map<String, CityIndexUpdated> city = new ConcurrentHashMap<>();

    /** Takes the latest value of an OPD's key; false when it changed nothing (a repeat). */
    public boolean put(OpdIndexUpdated value) {
        OpdIndexUpdated before = opds.computeIfAbsent(value.opdCode(), code -> new ConcurrentSkipListMap<>())
                .put(value.period().label(), value);
        return !value.equals(before);
    }

    /** Takes the latest value of the city's key; false when it changed nothing. */
    public boolean put(CityIndexUpdated value) {
        return !value.equals(city.put(value.period().label(), value));
    }

    /** A tombstone on the OPD topic ({@code <opdCode>|<period>}). */
    public boolean removeOpd(String key) {
        int bar = key.indexOf('|');
        if (bar < 0) {
            return false;
        }
        Map<String, OpdIndexUpdated> periods = opds.get(key.substring(0, bar));
        return periods != null && periods.remove(key.substring(bar + 1)) != null;
    }

    /** A tombstone on the city topic ({@code <period>}). */
    public boolean removeCity(String key) {
        return city.remove(key) != null;
    }

    public Optional<CityIndexUpdated> city(String periodLabel) {
        return Optional.ofNullable(city.get(periodLabel));
    }

    public Optional<OpdIndexUpdated> opd(String opdCode, String periodLabel) {
        return Optional.ofNullable(opds.getOrDefault(opdCode, Map.of()).get(periodLabel));
    }

    /** The OPDs with any value, by code. */
    public List<String> opdCodes() {
        return List.copyOf(opds.keySet());
    }

    /** Every OPD's value for one period, by code. */
    public List<OpdIndexUpdated> opdsIn(String periodLabel) {
        return opds.values().stream()
                .map(periods -> periods.get(periodLabel))
                .filter(v -> v != null)
                .toList();
    }

    /** The city's values of one kind of period, oldest first (months: {@code 2026-01}, ...). */
    public List<CityIndexUpdated> cityHistory(PeriodKind kind) {
        return city.values().stream()
                .filter(v -> v.period().kind() == kind)
                .sorted(Comparator.comparing(v -> v.period().label()))
                .toList();
    }

    /** One OPD's values of one kind of period, oldest first. */
    public List<OpdIndexUpdated> opdHistory(String opdCode, PeriodKind kind) {
        return opds.getOrDefault(opdCode, Map.of()).values().stream()
                .filter(v -> v.period().kind() == kind)
                .sorted(Comparator.comparing(v -> v.period().label()))
                .toList();
    }

    /** Whether the board holds anything yet. */
    public boolean isEmpty() {
        return opds.isEmpty() && city.isEmpty();
    }

    /** The label of the rolling window, the period the dashboard leads with. */
    public static String current() {
        return Period.ROLLING_90_DAYS_LABEL;
    }
}
