package id.go.cilegon.ppid.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads bundled and operator-supplied {@code <year>.csv} files. */
final class CalendarDataLoader {

    static final String RESOURCE_DIR = "/id/go/cilegon/ppid/calendar/";
    private static final String INDEX = RESOURCE_DIR + "bundled-years.txt";
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.csv");
    private static final Pattern HEADER =
            Pattern.compile("#\\s*(source|version|status)\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);
    /** The longest texts the calendar event carries (its contract): a source, a version, a day's (joined) name. */
    static final int MAX_SOURCE_CHARS = 2000;

    static final int MAX_VERSION_CHARS = 100;
    static final int MAX_NAME_CHARS = 300;

    private CalendarDataLoader() {}

    /** Bundled years, then each {@code <year>.csv} of the data directory replacing or adding a whole year. */
    static Map<Integer, YearData> load(Optional<Path> dataDirectory) {
        Map<Integer, YearData> years = new TreeMap<>();
        for (int year : bundledYears()) {
            String resource = RESOURCE_DIR + year + ".csv";
            try (InputStream in = CalendarDataLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CalendarDataException(
                            "classpath:" + INDEX, 0, "lists " + year + " but " + resource + " is missing");
                }
                years.put(
                        year,
                        YearData.of(
                                parse(year, "classpath:" + resource, new InputStreamReader(in, StandardCharsets.UTF_8)),
                                YearSource.Origin.BUNDLED,
                                "classpath:" + resource));
            } catch (IOException e) {
                throw new CalendarDataException("classpath:" + resource, 0, "cannot be read", e);
            }
        }
        if (dataDirectory.isPresent()) {
            for (Path file : overrideFiles(dataDirectory.get())) {
                Matcher m = FILE_NAME.matcher(file.getFileName().toString());
                m.matches();
                int year = Integer.parseInt(m.group(1));
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String location = file.toAbsolutePath().toString();
                    years.put(
                            year,
                            YearData.of(parse(year, location, reader), YearSource.Origin.DATA_DIRECTORY, location));
                } catch (IOException e) {
                    throw new CalendarDataException(
                            file.toAbsolutePath().toString(), 0, "cannot be read: " + e.getMessage(), e);
                }
            }
        }
        return years;
    }

    private static List<Integer> bundledYears() {
        try (InputStream in = CalendarDataLoader.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new CalendarDataException("classpath:" + INDEX, 0, "missing from the jar");
            }
            List<Integer> years = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (!text.matches("\\d{4}")) {
                    throw new CalendarDataException(
                            "classpath:" + INDEX, number, "expected a year, found '" + text + "'");
                }
                years.add(Integer.parseInt(text));
            }
            return years;
        } catch (IOException e) {
            throw new CalendarDataException("classpath:" + INDEX, 0, "cannot be read", e);
        }
    }

    private static List<Path> overrideFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            // A configured but missing directory is a deployment mistake; silently using only bundled data could
            // hide a correction the operator believes is active.
            throw new CalendarDataException(
                    directory.toAbsolutePath().toString(),
                    0,
                    "calendar data directory does not exist or is not a directory");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CalendarDataException(
                    directory.toAbsolutePath().toString(), 0, "cannot be listed: " + e.getMessage(), e);
        }
    }

    /** Parses one year file; every problem names the file and line. */
    static CalendarFile parse(int year, String location, Reader in) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Map<LocalDate, CalendarEntry> firstEntry = new LinkedHashMap<>();
        Map<LocalDate, Integer> firstLine = new LinkedHashMap<>();
        Map<LocalDate, Map<String, Integer>> names = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        String source = null;
        String version = null;
        YearStatus status = YearStatus.OFFICIAL;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                // Spreadsheet programs on Windows write a UTF-8 byte order mark; operators edit these files there.
                line = line.substring(1);
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            for (int i = 0; i < text.length(); i++) {
                if (Character.isISOControl(text.charAt(i)) && text.charAt(i) != '\t') {
                    throw new CalendarDataException(
                            location,
                            number,
                            "holds a control character (U+" + String.format("%04X", (int) text.charAt(i)) + ")");
                }
            }
            if (text.startsWith("#")) {
                Matcher header = HEADER.matcher(text);
                if (header.matches()) {
                    String key = header.group(1).toLowerCase(Locale.ROOT);
                    String value = header.group(2).strip();
                    if (value.isEmpty()) {
                        throw new CalendarDataException(location, number, "empty '# " + key + ":' header");
                    }
                    if (key.equals("source")) {
                        source = atMost(value, MAX_SOURCE_CHARS, "'# source:'", location, number);
                    } else if (key.equals("version")) {
                        version = atMost(value, MAX_VERSION_CHARS, "'# version:'", location, number);
                    } else {
                        status = parseStatus(location, number, value);
                    }
                }
                continue;
            }
            CalendarEntry entry = parseLine(year, location, number, text);
            CalendarEntry previous = firstEntry.putIfAbsent(entry.date(), entry);
            if (previous == null) {
                firstLine.put(entry.date(), number);
            } else if (previous.kind() != entry.kind()) {
                throw new CalendarDataException(
                        location,
                        number,
                        entry.date() + " is listed as " + entry.kind() + " but line " + firstLine.get(entry.date())
                                + " lists it as " + previous.kind());
            }
            Integer same = names.computeIfAbsent(entry.date(), date -> new LinkedHashMap<>())
                    .putIfAbsent(entry.name(), number);
            if (same != null) {
                throw new CalendarDataException(
                        location, number, "repeats line " + same + " (" + entry.date() + ", " + entry.name() + ")");
            }
        }
        if (source == null) {
            throw new CalendarDataException(
                    location, 0, "missing header '# source: ...' naming the legal source (e.g. the SKB number)");
        }
        if (version == null) {
            throw new CalendarDataException(
                    location, 0, "missing header '# version: ...' identifying this data version");
        }
        if (firstEntry.isEmpty()) {
            throw new CalendarDataException(
                    location, 0, "lists no days; every year has national holidays, so this is likely a mistake");
        }
        List<CalendarEntry> entries = new ArrayList<>();
        firstEntry.forEach((date, entry) -> {
            Set<String> dayNames = names.get(date).keySet();
            // Two holidays can coincide (lunar and solar calendars drift): one day off under both names.
            if (dayNames.size() > 1) {
                warnings.add(date + " is listed " + dayNames.size() + " times: one day off named '"
                        + String.join(" / ", dayNames) + "'");
            }
            CalendarEntry joined = new CalendarEntry(
                    date,
                    entry.kind(),
                    atMost(String.join(" / ", dayNames), MAX_NAME_CHARS, "the name of " + date, location, 0));
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                warnings.add(date + " (" + joined.name() + ") is a "
                        + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + ": listed for its name, it changes no count");
            }
            entries.add(joined);
        });
        entries.sort(Comparator.comparing(CalendarEntry::date));
        if (status == YearStatus.OFFICIAL) {
            YearEstimate.of(year).certain().values().stream()
                    .sorted(Comparator.comparing(CalendarEntry::date))
                    .filter(day -> !firstEntry.containsKey(day.date()))
                    .forEach(day -> warnings.add(day.date() + " (" + day.name()
                            + ") is a day off every year but is not " + "in the list: check the decree"));
        }
        return new CalendarFile(year, status, source, version, entries, warnings);
    }

    private static String atMost(String value, int max, String what, String location, int number) {
        if (value.length() > max) {
            throw new CalendarDataException(
                    location, number, what + " has " + value.length() + " characters, at most " + max + " are allowed");
        }
        return value;
    }

    private static YearStatus parseStatus(String location, int number, String value) {
        try {
            return YearStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException(
                    location, number, "invalid '# status:' " + value + " (expected official or provisional)", e);
        }
    }

    private static CalendarEntry parseLine(int year, String location, int number, String text) {
        // Limit 3 so that a name may itself contain commas.
        String[] fields = text.split(",", 3);
        if (fields.length != 3) {
            throw new CalendarDataException(
                    location, number, "expected 'yyyy-MM-dd,HOLIDAY|CUTI_BERSAMA,name' but found '" + text + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw new CalendarDataException(
                    location, number, "invalid date '" + fields[0].strip() + "' (expected yyyy-MM-dd)", e);
        }
        if (date.getYear() != year) {
            throw new CalendarDataException(location, number, "date " + date + " is outside the file's year " + year);
        }
        EntryKind kind;
        try {
            kind = EntryKind.valueOf(fields[1].strip());
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException(
                    location, number, "invalid kind '" + fields[1].strip() + "' (expected HOLIDAY or CUTI_BERSAMA)", e);
        }
        String name = fields[2].strip();
        if (name.isEmpty()) {
            throw new CalendarDataException(location, number, "missing name for " + date);
        }
        return new CalendarEntry(date, kind, name);
    }
}
