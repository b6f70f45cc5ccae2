package id.go.cilegon.ppid.contracts.calendar;

/** Whether a published calendar year is its signed decree or a list of candidates. */
public enum CalendarYearStatus {
    /** From the signed SKB on national holidays and cuti bersama: dates counted through it are final. */
    OFFICIAL,
    /** Not the signed decree: the days are candidates beside the estimate, and dates counted through it are estimates. */
    PROVISIONAL
}
