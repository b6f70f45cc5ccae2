package id.go.cilegon.ppid.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * One year's list of days off as an operator writes it ({@code <year>.csv}, format in the README), parsed and checked:
 * the same rules whether it is bundled, read from the data directory or uploaded at run time.
 *
 * @param year        the year the file is for; every date lies in it
 * @param status      {@code # status:}, official by default
 * @param legalSource {@code # source:}, the decree (SKB numbers and date) or where an unverified list comes from
 * @param version     {@code # version:}
 * @param entries     the listed days in date order; days listed twice with the same kind under two names are one
 *                    entry with both names
 * @param warnings    what is allowed but worth a look (a holiday on a weekend, two names on one day, a certain day
 *                    off missing from an official list), in English
 */
public record CalendarFile(
        int year,
        YearStatus status,
        String legalSource,
        String version,
        List<CalendarEntry> entries,
        List<String> warnings) {

    public CalendarFile {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(legalSource, "legalSource");
        Objects.requireNonNull(version, "version");
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    /**
     * The list in the file format, headers first: what an operator downloads, corrects and uploads again. Parsing it
     * gives the same list back (without the warnings, which are not part of the file).
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder();
        csv.append("# source: ").append(legalSource).append('\n');
        csv.append("# version: ").append(version).append('\n');
        if (status == YearStatus.PROVISIONAL) {
            csv.append("# status: provisional\n");
        }
        for (CalendarEntry entry : entries) {
            csv.append(entry.date())
                    .append(',')
                    .append(entry.kind())
                    .append(',')
                    .append(entry.name())
                    .append('\n');
        }
        return csv.toString();
    }

    /**
     * Parses {@code text} as the list of {@code year}.
     *
     * @param location names the text in error messages, e.g. a file path or {@code upload}
     * @throws CalendarDataException naming the line and the problem
     */
    public static CalendarFile parse(int year, String location, String text) {
        try {
            return CalendarDataLoader.parse(year, location, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
