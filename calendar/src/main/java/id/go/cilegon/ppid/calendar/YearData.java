package id.go.cilegon.ppid.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The days off of one year. An official year lists them all as certain; a provisional one has the certain days of
 * {@link YearEstimate} and, as candidates, the estimate's and those of an unverified list if one was loaded.
 */
record YearData(YearSource source, Map<LocalDate, CalendarEntry> entries, Map<LocalDate, CalendarEntry> candidates) {

    YearData {
        entries = Map.copyOf(entries);
        candidates = Map.copyOf(candidates);
    }

    /** A year from its signed decree. */
    static YearData official(YearSource source, Map<LocalDate, CalendarEntry> entries) {
        return new YearData(source, entries, Map.of());
    }

    /** A year without any loaded list: the estimate alone. */
    static YearData estimated(int year) {
        YearEstimate estimate = YearEstimate.of(year);
        return new YearData(YearSource.estimated(year, estimate.certain(), estimate.candidates()),
                estimate.certain(), estimate.candidates());
    }

    /**
     * A year from an unverified list: its days join the estimate's candidates (a listed holiday beats an estimated
     * cuti bersama on the same day), so the applicant's windows only grow; the certain days stay the estimate's.
     */
    static YearData provisional(YearSource source, Map<LocalDate, CalendarEntry> listed) {
        YearEstimate estimate = YearEstimate.of(source.year());
        Map<LocalDate, CalendarEntry> certain = estimate.certain();
        Map<LocalDate, CalendarEntry> candidates = new HashMap<>(estimate.candidates());
        listed.forEach((date, entry) -> {
            if (!certain.containsKey(date)) {
                candidates.merge(date, entry, (estimated, fromList) ->
                        fromList.kind() == EntryKind.HOLIDAY || estimated.kind() == EntryKind.CUTI_BERSAMA ? fromList : estimated);
            }
        });
        return new YearData(source, certain, candidates);
    }

    int year() {
        return source.year();
    }

    YearStatus status() {
        return source.status();
    }
}
