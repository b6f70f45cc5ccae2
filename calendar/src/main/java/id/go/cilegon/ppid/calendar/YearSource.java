package id.go.cilegon.ppid.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Where the data for one calendar year came from, for operators and audit.
 *
 * @param status      official (signed decree) or provisional (estimate or unverified list)
 * @param location    {@code classpath:...}, the absolute path of the override file, or {@code estimate}
 * @param legalSource the {@code # source:} header, e.g. the SKB numbers
 * @param version     the {@code # version:} header
 * @param holidays    days listed as holidays (certain ones only in a provisional year)
 * @param cutiBersama days listed as cuti bersama (certain ones only in a provisional year)
 * @param candidates  days off that are only candidates (0 in an official year)
 */
public record YearSource(
        int year,
        YearStatus status,
        Origin origin,
        String location,
        String legalSource,
        String version,
        int holidays,
        int cutiBersama,
        int candidates) {

    /** Where a year's list came from. */
    public enum Origin {
        /** Shipped in the jar. */
        BUNDLED,
        /** Read from the operator's data directory. */
        DATA_DIRECTORY,
        /** Published on the platform's calendar topic (seeded from the bundle or uploaded by an operator). */
        PUBLISHED,
        /** No list at all: {@link YearEstimate}. */
        ESTIMATED
    }

    public YearSource {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(legalSource, "legalSource");
        Objects.requireNonNull(version, "version");
    }

    static YearSource estimated(
            int year, Map<LocalDate, CalendarEntry> certain, Map<LocalDate, CalendarEntry> candidates) {
        int holidays = (int) certain.values().stream()
                .filter(e -> e.kind() == EntryKind.HOLIDAY)
                .count();
        return new YearSource(
                year,
                YearStatus.PROVISIONAL,
                Origin.ESTIMATED,
                "estimate",
                "perkiraan tanpa SKB / estimate without a decree",
                YearEstimate.VERSION,
                holidays,
                certain.size() - holidays,
                candidates.size());
    }

    /** Whether dates counted through this year are estimates. */
    public boolean provisional() {
        return status == YearStatus.PROVISIONAL;
    }

    /**
     * One line for the startup log, e.g. {@code 2026: OFFICIAL BUNDLED classpath:... (source: SKB 1497/2025; version:
     * 2026.1; 17 holidays, 8 cuti bersama)}.
     */
    public String describe() {
        return year + ": " + status + " " + origin + " " + location + " (source: " + legalSource + "; version: "
                + version + "; " + holidays + " holidays, " + cutiBersama + " cuti bersama"
                + (candidates > 0 ? ", " + candidates + " candidate days off" : "") + ")";
    }
}
