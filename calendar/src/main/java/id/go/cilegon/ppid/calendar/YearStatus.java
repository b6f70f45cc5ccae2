package id.go.cilegon.ppid.calendar;

/** Whether a year's days off come from its signed decree or are still an estimate. */
public enum YearStatus {
    /** From the signed SKB (Menteri Agama, Menaker, MenPAN-RB): every date counted in this year is final. */
    OFFICIAL,
    /**
     * No signed decree loaded: certain days off plus candidates, either estimated or from an unverified list. Dates
     * counted through this year are estimates and are corrected when the year is confirmed.
     */
    PROVISIONAL
}
