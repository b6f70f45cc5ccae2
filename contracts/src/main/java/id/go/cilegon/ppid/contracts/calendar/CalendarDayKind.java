package id.go.cilegon.ppid.contracts.calendar;

/** Kind of a day off in a calendar year. */
public enum CalendarDayKind {
    /** Hari libur nasional. */
    HOLIDAY,
    /** Cuti bersama; whether it counts as a working day is each service's setting. */
    CUTI_BERSAMA
}
