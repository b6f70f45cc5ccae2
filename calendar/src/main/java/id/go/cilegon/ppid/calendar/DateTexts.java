package id.go.cilegon.ppid.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Day and month names for explanations and legal notices. Own tables instead of JDK locale data because the
 * Indonesian abbreviations differ between JDK versions and locale providers (e.g. "Agu" vs "Agt"),
 * and a legal notice must read the same on every server.
 */
public final class DateTexts {

    private static final String[] DAYS_ID = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] DAYS_EN = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    };
    private static final String[] MONTHS_ID = {
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember"
    };
    private static final String[] MONTHS_ID_SHORT = {
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"
    };
    private static final String[] MONTHS_EN = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] MONTHS_EN_SHORT = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    /** The two languages of an explanation. */
    enum Language {
        ID(DAYS_ID, MONTHS_ID, MONTHS_ID_SHORT),
        EN(DAYS_EN, MONTHS_EN, MONTHS_EN_SHORT);

        private final String[] days;
        private final String[] months;
        private final String[] monthsShort;

        Language(String[] days, String[] months, String[] monthsShort) {
            this.days = days;
            this.months = months;
            this.monthsShort = monthsShort;
        }

        String day(DayOfWeek day) {
            return days[day.getValue() - 1];
        }

        String month(Month month) {
            return months[month.getValue() - 1];
        }

        /** "Jumat, 28 Maret 2025" / "Friday, 28 March 2025". */
        String full(LocalDate date) {
            return day(date.getDayOfWeek()) + ", " + date.getDayOfMonth() + " " + month(date.getMonth()) + " "
                    + date.getYear();
        }

        /** "29 Mar", with the year only when it differs from {@code referenceYear}. */
        String shortDate(LocalDate date, int referenceYear) {
            String text = date.getDayOfMonth() + " " + monthsShort[date.getMonthValue() - 1];
            return date.getYear() == referenceYear ? text : text + " " + date.getYear();
        }
    }

    private DateTexts() {}

    /** The date as a legal notice writes it in {@code language} ({@code id} or {@code en}): "Selasa, 16 Juni 2026". */
    public static String full(LocalDate date, String language) {
        return ("en".equals(language) ? Language.EN : Language.ID).full(date);
    }
}
