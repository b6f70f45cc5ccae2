package id.go.cilegon.ppid.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The days off of one year. An official year lists them all as certain; a provisional one has the certain days of
 * {@link YearEstimate} and, as candidates, the estimate's and those of an unverified list if one was loaded.
 */
record YearData(
        YearSource source,
        Map<LocalDate, CalendarEntry> entries,
        Map<LocalDate, CalendarEntry> candidates,
        CalendarFile file) {

    YearData {
        entries = Map.copyOf(entries);
        candidates = Map.copyOf(candidates);
    }

    /** A year from its signed decree. */
    static YearData official(YearSource source, Map<LocalDate, CalendarEntry> entries, CalendarFile file) {
        return new YearData(source, entries, Map.of(), file);
    }

    /** A year without any loaded list: the estimate alone. */
    static YearData estimated(int year) {
        YearEstimate estimate = YearEstimate.of(year);
        return new YearData(
                YearSource.estimated(year, estimate.certain(), estimate.candidates()),
                estimate.certain(),
                estimate.candidates(),
                null);
    }

    /**
     * A year from an unverified list: its days join the estimate's candidates (a listed holiday beats an estimated
     * cuti bersama on the same day), so the applicant's windows only grow; the certain days stay the estimate's.
     */
    static YearData provisional(YearSource source, Map<LocalDate, CalendarEntry> listed, CalendarFile file) {
        YearEstimate estimate = YearEstimate.of(source.year());
        Map<LocalDate, CalendarEntry> certain = estimate.certain();
        Map<LocalDate, CalendarEntry> candidates = new HashMap<>(estimate.candidates());
        listed.forEach((date, entry) -> {
            if (!certain.containsKey(date)) {
                candidates.merge(
                        date,
                        entry,
                        (estimated, fromList) ->
                                fromList.kind() == EntryKind.HOLIDAY || estimated.kind() == EntryKind.CUTI_BERSAMA
                                        ? fromList
                                        : estimated);
            }
        });
        return new YearData(source, certain, candidates, file);
    }

    /** The days of a parsed list, as an official year or (status provisional) as candidates beside the estimate. */
    static YearData of(CalendarFile file, YearSource.Origin origin, String location) {
        Map<LocalDate, CalendarEntry> listed = new java.util.LinkedHashMap<>();
        file.entries().forEach(entry -> listed.put(entry.date(), entry));
        if (file.status() == YearStatus.PROVISIONAL) {
            YearData data = provisional(
                    new YearSource(
                            file.year(),
                            file.status(),
                            origin,
                            location,
                            file.legalSource(),
                            file.version(),
                            0,
                            0,
                            listed.size()),
                    listed,
                    file);
            int holidays = count(data.entries(), EntryKind.HOLIDAY);
            return new YearData(
                    new YearSource(
                            file.year(),
                            file.status(),
                            origin,
                            location,
                            file.legalSource(),
                            file.version(),
                            holidays,
                            data.entries().size() - holidays,
                            data.candidates().size()),
                    data.entries(),
                    data.candidates(),
                    file);
        }
        int holidays = count(listed, EntryKind.HOLIDAY);
        return official(
                new YearSource(
                        file.year(),
                        file.status(),
                        origin,
                        location,
                        file.legalSource(),
                        file.version(),
                        holidays,
                        listed.size() - holidays,
                        0),
                listed,
                file);
    }

    private static int count(Map<LocalDate, CalendarEntry> entries, EntryKind kind) {
        return (int) entries.values().stream().filter(e -> e.kind() == kind).count();
    }

    int year() {
        return source.year();
    }

    YearStatus status() {
        return source.status();
    }
}
