package id.go.cilegon.ppid.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dates a year's movable holidays hang on, computed rather than tabled so that any year can be estimated:
 * Easter (Gregorian computus) and the instants of new and full moons (Meeus, <i>Astronomical Algorithms</i>,
 * 2nd ed., chapter 49, accurate to a few minutes; {@code AstronomyTest} checks it against ICU4J's Chinese
 * calendar for three centuries of lunar months), and Imlek.
 */
final class Astronomy {

    /** China's civil time, in which the Chinese calendar (and so Imlek) dates its new moons. */
    static final ZoneId CHINA = ZoneOffset.ofHours(8);

    private static final double SYNODIC_MONTH = 29.530588861;
    private static final double UNIX_EPOCH_JD = 2440587.5;

    private Astronomy() {}

    /** Easter Sunday of {@code year} (anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Imlek of {@code year} from the table of 1900-2200, or empty outside it. Which new moon begins the Chinese year
     * depends on the solar terms and leap months (1985 began on 20 February, not on the new moon of 21 January), so the
     * year's month comes from a table checked against ICU4J, and its day from {@link #phase}.
     */
    static Optional<LocalDate> imlek(int year) {
        return Optional.ofNullable(IMLEK.get(year));
    }

    /** Outside the table: the new moons between 21 January and 20 February, one of which is Imlek. */
    static List<LocalDate> imlekCandidates(int year) {
        return newMoonDates(year, CHINA).stream()
                .filter(d -> !d.isBefore(LocalDate.of(year, 1, 21)) && !d.isAfter(LocalDate.of(year, 2, 20)))
                .toList();
    }

    private static final Map<Integer, LocalDate> IMLEK = readImlek();

    private static Map<Integer, LocalDate> readImlek() {
        String resource = CalendarDataLoader.RESOURCE_DIR + "imlek.txt";
        try (InputStream in = Astronomy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CalendarDataException("classpath:" + resource, 0, "missing from the jar");
            }
            Map<Integer, LocalDate> dates = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(LocalDate::parse)
                    .forEach(date -> dates.put(date.getYear(), date));
            return Map.copyOf(dates);
        } catch (IOException e) {
            throw new CalendarDataException("classpath:" + resource, 0, "cannot be read", e);
        }
    }

    /** The dates, in {@code zone}, of every new moon that falls in {@code year} there. */
    static List<LocalDate> newMoonDates(int year, ZoneId zone) {
        return phaseDates(year, zone, 0.0);
    }

    /** The dates, in {@code zone}, of every full moon that falls in {@code year} there. */
    static List<LocalDate> fullMoonDates(int year, ZoneId zone) {
        return phaseDates(year, zone, 0.5);
    }

    private static List<LocalDate> phaseDates(int year, ZoneId zone, double phase) {
        List<LocalDate> dates = new ArrayList<>();
        long first = (long) Math.floor((year - 2000) * 12.3685) - 2;
        for (long k = first; k < first + 17; k++) {
            LocalDate date = LocalDate.ofInstant(phase(k + phase), zone);
            if (date.getYear() == year) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** The instant of the lunar phase {@code k} (integer: new moon, +0.5: full moon; k = 0 is 6 January 2000). */
    static Instant phase(double k) {
        boolean full = k - Math.floor(k) > 0.25;
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mm = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c = full
                ? -0.40614 * sin(mm)
                        + 0.17302 * e * sin(m)
                        + 0.01614 * sin(2 * mm)
                        + 0.01043 * sin(2 * f)
                        + 0.00734 * e * sin(mm - m)
                        - 0.00515 * e * sin(mm + m)
                        + 0.00209 * e * e * sin(2 * m)
                : -0.40720 * sin(mm)
                        + 0.17241 * e * sin(m)
                        + 0.01608 * sin(2 * mm)
                        + 0.01039 * sin(2 * f)
                        + 0.00739 * e * sin(mm - m)
                        - 0.00514 * e * sin(mm + m)
                        + 0.00208 * e * e * sin(2 * m);
        c += -0.00111 * sin(mm - 2 * f)
                - 0.00057 * sin(mm + 2 * f)
                + 0.00056 * e * sin(2 * mm + m)
                - 0.00042 * sin(3 * mm)
                + 0.00042 * e * sin(m + 2 * f)
                + 0.00038 * e * sin(m - 2 * f)
                - 0.00024 * e * sin(2 * mm - m)
                - 0.00017 * sin(omega)
                - 0.00007 * sin(mm + 2 * m)
                + 0.00004 * sin(2 * mm - 2 * f)
                + 0.00004 * sin(3 * m)
                + 0.00003 * sin(mm + m - 2 * f)
                + 0.00003 * sin(2 * mm + 2 * f)
                - 0.00003 * sin(mm + m + 2 * f)
                + 0.00003 * sin(mm - m + 2 * f)
                - 0.00002 * sin(mm - m - 2 * f)
                - 0.00002 * sin(3 * mm + m)
                + 0.00002 * sin(4 * mm);
        double[][] planetary = {
            {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
            {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
            {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
            {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
            {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}
        };
        for (int i = 0; i < planetary.length; i++) {
            double argument = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
            c += planetary[i][2] * sin(rad(argument));
        }
        double year = 2000 + k / 12.3685;
        double seconds = (jde + c - UNIX_EPOCH_JD) * 86400.0 - deltaT(year);
        return Instant.ofEpochSecond((long) Math.floor(seconds));
    }

    /** TT - UT in seconds (Espenak and Meeus' polynomials for 2005-2050, extended beyond); a minute either way is harmless here. */
    private static double deltaT(double year) {
        if (year < 2005) {
            return 64.0;
        }
        if (year <= 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360.0);
    }

    private static double sin(double radians) {
        return Math.sin(radians);
    }
}
