package id.go.cilegon.ppid.calendar;

/** Why a day is not a working day. */
public enum NonWorkingReason {
    /** Saturday or Sunday with no listed holiday. */
    WEEKEND,
    /** A national holiday (takes precedence over the weekend so the name is shown). */
    HOLIDAY,
    /** Cuti bersama, only when the settings treat it as non-working. */
    CUTI_BERSAMA
}
