package id.go.cilegon.ppid.contracts.sla;

/** Who a reminder, escalation or message goes to (a role, never a person's address). */
public enum Recipient {
    /** The applicant, at the contact details on the restricted topic. */
    APPLICANT,
    /** The PPID Pelaksana desk of the assigned OPD. */
    OPD_DESK,
    /** The PPID Utama at Diskominfo. */
    PPID_MAIN,
    /** The Atasan PPID. */
    PPID_SUPERIOR,
    /** The assigned OPD's integrated system, by signed webhook. */
    OPD_SYSTEM
}
