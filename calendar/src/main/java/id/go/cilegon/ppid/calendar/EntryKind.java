package id.go.cilegon.ppid.calendar;

/** Kind of a dated entry in a calendar data file. */
public enum EntryKind {
    /** Hari libur nasional: never a working day. */
    HOLIDAY,
    /** Cuti bersama: collective leave; whether it is a working day is a setting. */
    CUTI_BERSAMA
}
