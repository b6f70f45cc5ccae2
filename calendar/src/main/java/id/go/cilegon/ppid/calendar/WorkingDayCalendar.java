package id.go.cilegon.ppid.calendar;

import id.go.cilegon.ppid.calendar.DateTexts.Language;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Indonesian working-day calendar for legal deadlines (UU 14/2008): Monday to Friday minus national holidays and,
 * unless the settings say otherwise, minus cuti bersama. Immutable and thread-safe.
 *
 * <p>It never refuses a date. A year whose decree is not loaded is <i>provisional</i>: its certain days off are known
 * without a decree, its other holidays and cuti bersama are candidates ({@link YearEstimate}). Every count says whose
 * period it measures ({@link Side}): a body's deadline skips only the certain days (the earliest plausible date), an
 * applicant's window skips the candidates too (the latest). {@link Explanation#provisional()} and
 * {@link #provisionalYears} tell whether a date is such an estimate. Create a new instance to pick up changed data.
 */
public final class WorkingDayCalendar {

    private final CalendarSettings settings;
    private final Map<Integer, YearData> years;
    /** Estimates of the years without data, made when first needed; deterministic, so caching keeps this immutable. */
    private final Map<Integer, YearData> estimates = new ConcurrentHashMap<>();

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

    /**
     * This calendar with {@code file} as the data of its year, replacing whatever the year had (bundled, from the data
     * directory or estimated); the settings stay.
     *
     * @param location where the list comes from, e.g. {@code ppid.calendar.v1 revision 3}
     */
    public WorkingDayCalendar withYear(CalendarFile file, YearSource.Origin origin, String location) {
        Map<Integer, YearData> changed = new java.util.HashMap<>(years);
        changed.put(file.year(), YearData.of(file, origin, location));
        return new WorkingDayCalendar(settings, changed);
    }

    /** This calendar as if {@code year} had no data loaded, so that it is estimated (for tests of the estimate). */
    WorkingDayCalendar withoutYear(int year) {
        Map<Integer, YearData> rest = new java.util.HashMap<>(years);
        rest.remove(year);
        return new WorkingDayCalendar(settings, rest);
    }

    public CalendarSettings settings() {
        return settings;
    }

    /** Source and version of every loaded year, ascending; log these at startup. Estimated years are not listed. */
    public List<YearSource> yearSources() {
        return years.values().stream()
                .map(YearData::source)
                .sorted(Comparator.comparingInt(YearSource::year))
                .toList();
    }

    /** Where {@code year}'s days off come from: its loaded list, or the estimate when none is loaded. */
    public YearSource yearSource(int year) {
        return yearData(year).source();
    }

    /** The list {@code year} was loaded from (bundled, data directory or published); empty for an estimated year. */
    public Optional<CalendarFile> file(int year) {
        YearData data = years.get(year);
        return data == null ? Optional.empty() : Optional.ofNullable(data.file());
    }

    /** Whether {@code year} counts from its signed decree or is still an estimate. */
    public YearStatus status(int year) {
        return yearData(year).status();
    }

    /** The certain holidays and cuti bersama of {@code year} (all of them in an official year), in date order. */
    public List<CalendarEntry> entries(int year) {
        return sorted(yearData(year).entries());
    }

    /** The candidate days off of a provisional {@code year}, in date order; empty for an official year. */
    public List<CalendarEntry> candidates(int year) {
        return sorted(yearData(year).candidates());
    }

    /** Whether {@code date} counts as a working day in a period of {@code side}. */
    public boolean isWorkingDay(LocalDate date, Side side) {
        return nonWorkingDay(date, side).isEmpty();
    }

    /**
     * Why {@code date} is not a working day in a period of {@code side}, or empty if it is one. A listed holiday on a
     * weekend is reported as {@link NonWorkingReason#HOLIDAY} so that its name appears in explanations.
     */
    public Optional<NonWorkingDay> nonWorkingDay(LocalDate date, Side side) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(side, "side");
        YearData data = yearData(date.getYear());
        CalendarEntry entry = data.entries().get(date);
        boolean candidate = false;
        if (entry == null && side == Side.APPLICANT) {
            entry = data.candidates().get(date);
            candidate = entry != null;
        }
        if (entry != null) {
            if (entry.kind() == EntryKind.HOLIDAY) {
                return Optional.of(
                        new NonWorkingDay(date, NonWorkingReason.HOLIDAY, Optional.of(entry.name()), candidate));
            }
            if (!settings.cutiBersamaIsWorkingDay()) {
                return Optional.of(
                        new NonWorkingDay(date, NonWorkingReason.CUTI_BERSAMA, Optional.of(entry.name()), candidate));
            }
        }
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.of(new NonWorkingDay(date, NonWorkingReason.WEEKEND, Optional.empty(), false));
        }
        return Optional.empty();
    }

    /**
     * The {@code n}-th working day after {@code start}. {@code start} itself never counts, whatever day it is: a
     * request received on Saturday has day 1 = the next working day.
     *
     * @param n at least 1; 0 and negative values are rejected because every statutory period is at least
     *          one working day, so such a value is a configuration mistake rather than a request for "today"
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public LocalDate addWorkingDays(LocalDate start, int n, Side side) {
        return walk(start, n, side, null);
    }

    /** The first working day strictly after {@code date}; same as {@code addWorkingDays(date, 1, side)}. */
    public LocalDate nextWorkingDay(LocalDate date, Side side) {
        return addWorkingDays(date, 1, side);
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date, Side side) {
        Objects.requireNonNull(date, "date");
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day, side)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Number of working days {@code d} with {@code fromExclusive < d <= toInclusive}, so that
     * {@code workingDaysBetween(s, addWorkingDays(s, n, side), side) == n}. Returns 0 when {@code toInclusive} is not
     * after {@code fromExclusive}; it never returns a negative count, because a reversed range in a deadline check
     * means "no time has elapsed", not "time owed".
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, Side side) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day, side)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The provisional years among those of the days {@code fromExclusive < d <= toInclusive}, ascending: a date
     * counted over that range is an estimate exactly when this is not empty.
     */
    public List<Integer> provisionalYears(LocalDate fromExclusive, LocalDate toInclusive) {
        List<Integer> provisional = new ArrayList<>();
        for (int year = fromExclusive.plusDays(1).getYear(); year <= toInclusive.getYear(); year++) {
            if (status(year) == YearStatus.PROVISIONAL) {
                provisional.add(year);
            }
        }
        return provisional;
    }

    /** Whether a date counted from {@code fromExclusive} to {@code toInclusive} is an estimate. */
    public boolean provisional(LocalDate fromExclusive, LocalDate toInclusive) {
        return !provisionalYears(fromExclusive, toInclusive).isEmpty();
    }

    /** Like {@link #addWorkingDays} but also lists the skipped days and says it in Bahasa Indonesia and English. */
    public Explanation explainAddWorkingDays(LocalDate start, int n, Side side) {
        List<NonWorkingDay> skipped = new ArrayList<>();
        LocalDate result = walk(start, n, side, skipped);
        List<YearSource> sources = new ArrayList<>();
        for (int year = start.plusDays(1).getYear(); year <= result.getYear(); year++) {
            sources.add(yearData(year).source());
        }
        List<Integer> provisional = provisionalYears(start, result);
        return new Explanation(
                start,
                n,
                side,
                result,
                skipped,
                sources,
                provisional,
                text(Language.ID, start, n, result, skipped, provisional, side),
                text(Language.EN, start, n, result, skipped, provisional, side));
    }

    private LocalDate walk(LocalDate start, int n, Side side, List<NonWorkingDay> skipped) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(side, "side");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1 working day, was " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            Optional<NonWorkingDay> off = nonWorkingDay(day, side);
            if (off.isEmpty()) {
                counted++;
            } else if (skipped != null) {
                skipped.add(off.get());
            }
        }
        return day;
    }

    private static String text(
            Language lang,
            LocalDate start,
            int n,
            LocalDate result,
            List<NonWorkingDay> skipped,
            List<Integer> provisional,
            Side side) {
        boolean id = lang == Language.ID;
        StringBuilder text = new StringBuilder();
        text.append(n)
                .append(id ? " hari kerja setelah " : (n == 1 ? " working day after " : " working days after "))
                .append(lang.full(start))
                .append(": ");
        if (skipped.isEmpty()) {
            text.append(id ? "tidak ada hari libur yang dilewati" : "no non-working days skipped");
        } else {
            text.append(id ? "melewati " : "skipping ");
            text.append(skipped.stream()
                    .map(d -> lang.shortDate(d.date(), start.getYear()) + " ("
                            + lang.day(d.date().getDayOfWeek())
                            + d.name().map(name -> ", " + name).orElse("")
                            + (d.candidate() ? (id ? ", perkiraan" : ", estimate") : "") + ")")
                    .collect(Collectors.joining(", ")));
        }
        text.append(id ? " → jatuh tempo " : " → due ").append(lang.full(result));
        if (!provisional.isEmpty()) {
            text.append(" (")
                    .append(
                            id
                                    ? ProvisionalNote.indonesian(provisional, side)
                                    : ProvisionalNote.english(provisional, side))
                    .append(')');
        }
        return text.toString();
    }

    private YearData yearData(int year) {
        YearData data = years.get(year);
        return data != null ? data : estimates.computeIfAbsent(year, YearData::estimated);
    }

    private static List<CalendarEntry> sorted(Map<LocalDate, CalendarEntry> entries) {
        return entries.values().stream()
                .sorted(Comparator.comparing(CalendarEntry::date))
                .toList();
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[years=" + years.keySet().stream().sorted().toList() + ", cutiBersamaIsWorkingDay="
                + settings.cutiBersamaIsWorkingDay() + "]";
    }
}
