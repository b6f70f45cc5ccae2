package id.go.cilegon.ppid.notification.delivery;

import java.time.LocalDate;

/**
 * Dates as a legal notice writes them, e.g. "Selasa, 16 Juni 2026" / "Tuesday, 16 June 2026". Own tables, because
 * JDK locale data for Indonesian differs between JDK versions and a notice must read the same on every server.
 */
public final class LegalDates {

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

    private LegalDates() {}

    /** The date in {@code language} ({@code id} or {@code en}). */
    public static String format(LocalDate date, String language) {
        boolean en = "en".equals(language);
        String day = (en ? DAYS_EN : DAYS_ID)[date.getDayOfWeek().getValue() - 1];
        String month = (en ? MONTHS_EN : MONTHS_ID)[date.getMonthValue() - 1];
        return day + ", " + date.getDayOfMonth() + " " + month + " " + date.getYear();
    }
}
