package id.go.cilegon.ppid.calendar;

import java.util.Objects;

/**
 * Where the data for one calendar year came from, for operators and audit.
 *
 * @param location    {@code classpath:...} or the absolute path of the override file
 * @param legalSource the {@code # source:} header, e.g. the SKB numbers
 * @param version     the {@code # version:} header
 */
public record YearSource(
        int year,
        Origin origin,
        String location,
        String legalSource,
        String version,
        int holidays,
        int cutiBersama) {

    /** Whether a year is the one shipped in the jar or one read from the data directory. */
    public enum Origin {
        BUNDLED,
        DATA_DIRECTORY
    }

    public YearSource {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(legalSource, "legalSource");
        Objects.requireNonNull(version, "version");
    }

    /** One line for the startup log, e.g. {@code 2026: BUNDLED classpath:... (source: SKB 1497/2025; version: 2026.1; 17 holidays, 8 cuti bersama)}. */
    public String describe() {
        return year + ": " + origin + " " + location + " (source: " + legalSource + "; version: " + version
                + "; " + holidays + " holidays, " + cutiBersama + " cuti bersama)";
    }
}
