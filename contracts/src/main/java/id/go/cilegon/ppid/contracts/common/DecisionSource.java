package id.go.cilegon.ppid.contracts.common;

/** Where a decision was entered. */
public enum DecisionSource {
    /** A PPID officer in the platform's back office. */
    PPID_OFFICER,
    /** An integrated OPD system, through {@code ppid.opd.events.v1}. */
    OPD_SYSTEM
}
