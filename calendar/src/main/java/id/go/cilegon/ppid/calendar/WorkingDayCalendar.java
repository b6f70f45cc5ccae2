package id.go.cilegon.ppid.calendar;

import id.go.cilegon.ppid.calendar.DateTexts.Language;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Indonesian working-day calendar for legal deadlines (UU 14/2008): Monday to Friday minus national
 * holidays and, unless the settings say otherwise, minus cuti bersama. Immutable and thread-safe.
 *
 * <p>Every date the calendar has to classify must lie in a year with loaded data; otherwise it throws
 * {@link MissingCalendarDataException} rather than guess. Create a new instance to pick up changed files.
 */
public final class WorkingDayCalendar {

    private final CalendarSettings settings;
    private final Map<Integer, YearData> years;

    private WorkingDayCalendar(CalendarSettings settings, Map<Integer, YearData> years) {
        this.settings = settings;
        this.years = Map.copyOf(years);
    }

    /** Bundled data, cuti bersama not working days. */
    public static WorkingDayCalendar standard() {
        return create(CalendarSettings.defaults());
    }

    /**
     * Loads the bundled years, then the settings' data directory if any.
     *
     * @throws CalendarDataException if any data file is invalid or the configured directory is missing
     */
    public static WorkingDayCalendar create(CalendarSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new WorkingDayCalendar(settings, CalendarDataLoader.load(settings.dataDirectory()));
    }

    /** Shortcut for {@code create(CalendarSettings.defaults().withDataDirectory(dataDirectory))}. */
    public static WorkingDayCalendar withDataDirectory(Path dataDirectory) {
        return create(CalendarSettings.defaults().withDataDirectory(dataDirectory));
    }

    public CalendarSettings settings() {
        return settings;
    }

    /** Source and version of every loaded year, ascending; log these at startup. */
    public List<YearSource> yearSources() {
        return years.values().stream().map(YearData::source).sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
    }

    /** The holidays and cuti bersama listed for {@code year}, in date order. */
    public List<CalendarEntry> entries(int year) {
        return yearData(year).entries().values().stream()
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .toList();
    }

    /** Whether {@code date} counts as a working day. */
    public boolean isWorkingDay(LocalDate date) {
        return nonWorkingDay(date).isEmpty();
    }

    /**
     * Why {@code date} is not a working day, or empty if it is one. A listed holiday on a weekend is
     * reported as {@link NonWorkingReason#HOLIDAY} so that its name appears in explanations.
     */
    public Optional<NonWorkingDay> nonWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        CalendarEntry entry = yearData(date.getYear()).entries().get(date);
        if (entry != null) {
            if (entry.kind() == EntryKind.HOLIDAY) {
                return Optional.of(new NonWorkingDay(date, NonWorkingReason.HOLIDAY, Optional.of(entry.name())));
            }
            if (!settings.cutiBersamaIsWorkingDay()) {
                return Optional.of(new NonWorkingDay(date, NonWorkingReason.CUTI_BERSAMA, Optional.of(entry.name())));
            }
        }
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.of(new NonWorkingDay(date, NonWorkingReason.WEEKEND, Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * The {@code n}-th working day after {@code start}. {@code start} itself never counts, whatever day it
     * is, and its year needs no data: a request received on Saturday has day 1 = the next working day.
     *
     * @param n at least 1; 0 and negative values are rejected because every statutory period is at least
     *          one working day, so such a value is a configuration mistake rather than a request for "today"
     * @throws IllegalArgumentException      if {@code n < 1}
     * @throws MissingCalendarDataException if the count walks into a year without data
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return walk(start, n, null);
    }

    /** The first working day strictly after {@code date}; same as {@code addWorkingDays(date, 1)}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Number of working days {@code d} with {@code fromExclusive < d <= toInclusive}, so that
     * {@code workingDaysBetween(s, addWorkingDays(s, n)) == n}. Returns 0 when {@code toInclusive} is not
     * after {@code fromExclusive}; it never returns a negative count, because a reversed range in a
     * deadline check means "no time has elapsed", not "time owed".
     *
     * @throws MissingCalendarDataException if a day in the range lies in a year without data
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Like {@link #addWorkingDays} but also lists the skipped days and says it in Bahasa Indonesia and English. */
    public Explanation explainAddWorkingDays(LocalDate start, int n) {
        List<NonWorkingDay> skipped = new ArrayList<>();
        LocalDate result = walk(start, n, skipped);
        List<YearSource> sources = new ArrayList<>();
        for (int year = start.plusDays(1).getYear(); year <= result.getYear(); year++) {
            sources.add(yearData(year).source());
        }
        return new Explanation(start, n, result, skipped, sources,
                text(Language.ID, start, n, result, skipped), text(Language.EN, start, n, result, skipped));
    }

    private LocalDate walk(LocalDate start, int n, List<NonWorkingDay> skipped) {
        Objects.requireNonNull(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1 working day, was " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            Optional<NonWorkingDay> off = nonWorkingDay(day);
            if (off.isEmpty()) {
                counted++;
            } else if (skipped != null) {
                skipped.add(off.get());
            }
        }
        return day;
    }

    private static String text(Language lang, LocalDate start, int n, LocalDate result, List<NonWorkingDay> skipped) {
        boolean id = lang == Language.ID;
        StringBuilder text = new StringBuilder();
        text.append(n).append(id ? " hari kerja setelah " : (n == 1 ? " working day after " : " working days after "))
                .append(lang.full(start)).append(": ");
        if (skipped.isEmpty()) {
            text.append(id ? "tidak ada hari libur yang dilewati" : "no non-working days skipped");
        } else {
            text.append(id ? "melewati " : "skipping ");
            text.append(skipped.stream()
                    .map(d -> lang.shortDate(d.date(), start.getYear()) + " (" + lang.day(d.date().getDayOfWeek())
                            + d.name().map(name -> ", " + name).orElse("") + ")")
                    .collect(Collectors.joining(", ")));
        }
        text.append(id ? " → jatuh tempo " : " → due ").append(lang.full(result));
        return text.toString();
    }

    private YearData yearData(int year) {
        YearData data = years.get(year);
        if (data == null) {
            throw new MissingCalendarDataException(year, years.keySet(), settings.dataDirectory().isPresent());
        }
        return data;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[years=" + years.keySet().stream().sorted().toList()
                + ", cutiBersamaIsWorkingDay=" + settings.cutiBersamaIsWorkingDay() + "]";
    }
}
