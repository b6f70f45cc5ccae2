package id.go.cilegon.ppid.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The days off of a year whose decree (SKB) is not loaded, estimated from the pattern of DOMAIN.md:
 * <ul>
 *   <li><b>certain</b>: the fixed dates (1 January, 1 May, 1 June, 17 August, 25 December), Good Friday, Easter and
 *   Ascension, and Imlek. No decree has ever moved them.</li>
 *   <li><b>candidates</b>: the Hijri holidays on java.time's Umm al-Qura date and the day after (it was a day early
 *   for Indonesia in 4 of 10 cases of 2025-2026), Nyepi and Waisak a day either side of their moon, and the cuti
 *   bersama a decree usually puts around them: two working days before and four after Idul Fitri, one either side of
 *   Imlek, Nyepi, Good Friday, Ascension, Idul Adha, Waisak, Independence Day and Christmas.</li>
 * </ul>
 * A public body's deadline counts only the certain days (the earliest plausible date), an applicant's window counts
 * the candidates too (the latest plausible date); see {@link Side}. {@code YearEstimateTest} checks that the estimate
 * of 2025 and 2026 holds every day of their decrees and that its certain days are all in them.
 */
final class YearEstimate {

    /** Identifies this estimation method in {@link YearSource#version()}; raise it when the method changes. */
    static final String VERSION = "estimate-1";

    private static final ZoneId WIB = LegalTime.ZONE;

    private final int year;
    private final Map<LocalDate, CalendarEntry> certain = new TreeMap<>();
    private final Map<LocalDate, CalendarEntry> candidates = new TreeMap<>();

    private YearEstimate(int year) {
        this.year = year;
    }

    /** The estimate of {@code year}: the certain days off and the candidate ones (never overlapping). */
    static YearEstimate of(int year) {
        YearEstimate estimate = new YearEstimate(year);
        estimate.estimate();
        return estimate;
    }

    /** Days off that need no decree. */
    Map<LocalDate, CalendarEntry> certain() {
        return Map.copyOf(certain);
    }

    /** Days a decree will likely make holidays or cuti bersama, not counting the certain ones. */
    Map<LocalDate, CalendarEntry> candidates() {
        return Map.copyOf(candidates);
    }

    private void estimate() {
        LocalDate easter = Astronomy.easter(year);
        String imlekName = "Tahun Baru Imlek " + (year + 551) + " Kongzili";
        List<LocalDate> imlek = Astronomy.imlek(year).map(List::of).orElseGet(() -> Astronomy.imlekCandidates(year));
        holiday(certain, LocalDate.of(year, 1, 1), "Tahun Baru " + year + " Masehi");
        imlek.forEach(day -> holiday(imlek.size() == 1 ? certain : candidates, day, imlekName));
        holiday(certain, easter.minusDays(2), "Wafat Yesus Kristus");
        holiday(certain, easter, "Kebangkitan Yesus Kristus (Paskah)");
        holiday(certain, LocalDate.of(year, 5, 1), "Hari Buruh Internasional");
        holiday(certain, easter.plusDays(39), "Kenaikan Yesus Kristus");
        holiday(certain, LocalDate.of(year, 6, 1), "Hari Lahir Pancasila");
        holiday(certain, LocalDate.of(year, 8, 17), "Hari Kemerdekaan Republik Indonesia");
        holiday(certain, LocalDate.of(year, 12, 25), "Hari Raya Natal");

        List<List<LocalDate>> idulFitri = new ArrayList<>();
        List<LocalDate> nextToCutiBersama = new ArrayList<>(List.of(
                easter.minusDays(2), easter.plusDays(39), LocalDate.of(year, 8, 17), LocalDate.of(year, 12, 25)));
        nextToCutiBersama.addAll(imlek);
        int firstHijriYear = hijriYear(LocalDate.of(year, 1, 1));
        // A Gregorian year overlaps two Hijri years, sometimes three (1 Muharam in early January and late December).
        for (int hijri = firstHijriYear; hijri <= firstHijriYear + 2; hijri++) {
            hijri(hijri, 7, 27, 0, "Isra Mikraj Nabi Muhammad SAW");
            idulFitri.add(hijri(hijri, 10, 1, 1, "Idul Fitri " + hijri + " H"));
            nextToCutiBersama.addAll(hijri(hijri, 12, 10, 0, "Idul Adha " + hijri + " H"));
            hijri(hijri, 1, 1, 0, "Tahun Baru Islam " + hijri + " H");
            hijri(hijri, 3, 12, 0, "Maulid Nabi Muhammad SAW");
        }
        for (LocalDate newMoon : Astronomy.newMoonDates(year, WIB)) {
            if (!newMoon.isBefore(LocalDate.of(year, 2, 27)) && !newMoon.isAfter(LocalDate.of(year, 4, 1))) {
                nextToCutiBersama.addAll(aroundMoon(newMoon, "Hari Suci Nyepi Tahun Baru Saka " + (year - 78)));
            }
        }
        for (LocalDate fullMoon : Astronomy.fullMoonDates(year, WIB)) {
            if (!fullMoon.isBefore(LocalDate.of(year, 4, 28)) && !fullMoon.isAfter(LocalDate.of(year, 6, 6))) {
                nextToCutiBersama.addAll(aroundMoon(fullMoon, "Hari Raya Waisak " + (year + 544) + " BE"));
            }
        }

        // Cuti bersama sit on working days next to a holiday, so they are placed once every holiday is known.
        Predicate<LocalDate> off = day -> isWeekend(day) || certain.containsKey(day) || candidates.containsKey(day);
        Map<LocalDate, String> cutiBersama = new LinkedHashMap<>();
        for (LocalDate holiday : nextToCutiBersama) {
            String name = "Cuti Bersama " + nameOf(holiday);
            cutiBersama.putIfAbsent(step(holiday, -1, off), name);
            cutiBersama.putIfAbsent(step(holiday, 1, off), name);
        }
        for (List<LocalDate> days : idulFitri) {
            if (days.isEmpty()) {
                continue;
            }
            String name = "Cuti Bersama " + nameOf(days.get(0));
            LocalDate before = days.get(0);
            for (int i = 0; i < 2; i++) {
                before = step(before, -1, off);
                cutiBersama.putIfAbsent(before, name);
            }
            LocalDate after = days.get(days.size() - 1);
            for (int i = 0; i < 4; i++) {
                after = step(after, 1, off);
                cutiBersama.putIfAbsent(after, name);
            }
        }
        cutiBersama.forEach((day, name) -> {
            if (day.getYear() == year && !off.test(day)) {
                candidates.put(day, new CalendarEntry(day, EntryKind.CUTI_BERSAMA, name));
            }
        });
    }

    /**
     * A Hijri holiday of {@code 1 + extraDays} days as candidates: from java.time's date to, in case the isbat falls
     * a day later, the day after its last day. Returns the candidate dates inside this year, in order.
     */
    private List<LocalDate> hijri(int hijriYear, int month, int day, int extraDays, String name) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate first;
        try {
            first = LocalDate.from(HijrahChronology.INSTANCE.date(hijriYear, month, day));
        } catch (DateTimeException | IndexOutOfBoundsException outsideUmmAlQuraTable) {
            // java.time's Umm al-Qura table covers 1300-1600 H (1882-2174), and at its very end the JDK fails with an
            // index error instead of a DateTimeException: no Hijri estimate beyond, only certain days.
            return dates;
        }
        for (int i = 0; i <= extraDays + 1; i++) {
            LocalDate date = first.plusDays(i);
            if (date.getYear() == year) {
                holiday(candidates, date, name);
                dates.add(date);
            }
        }
        return dates;
    }

    /** Nyepi or Waisak: the day of the moon and a day either side, as candidates. */
    private List<LocalDate> aroundMoon(LocalDate moon, String name) {
        List<LocalDate> dates = new ArrayList<>();
        for (int offset = -1; offset <= 1; offset++) {
            LocalDate date = moon.plusDays(offset);
            if (date.getYear() == year) {
                holiday(candidates, date, name);
                dates.add(date);
            }
        }
        return dates;
    }

    private static int hijriYear(LocalDate date) {
        try {
            return HijrahDate.from(date).get(ChronoField.YEAR);
        } catch (DateTimeException | IndexOutOfBoundsException outsideUmmAlQuraTable) {
            return Integer.MIN_VALUE / 2;
        }
    }

    /** Adds a holiday to {@code target} unless the day is already certain; coinciding names are joined. */
    private void holiday(Map<LocalDate, CalendarEntry> target, LocalDate date, String name) {
        if (target != certain && certain.containsKey(date)) {
            return;
        }
        target.merge(
                date,
                new CalendarEntry(date, EntryKind.HOLIDAY, name),
                (a, b) -> a.name().contains(b.name())
                        ? a
                        : new CalendarEntry(date, EntryKind.HOLIDAY, a.name() + " / " + b.name()));
    }

    private String nameOf(LocalDate day) {
        CalendarEntry entry = certain.containsKey(day) ? certain.get(day) : candidates.get(day);
        return entry.name();
    }

    /** The nearest day before ({@code direction} -1) or after (+1) {@code from} that is not {@code off}. */
    private static LocalDate step(LocalDate from, int direction, Predicate<LocalDate> off) {
        LocalDate day = from.plusDays(direction);
        while (off.test(day)) {
            day = day.plusDays(direction);
        }
        return day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
