package id.go.cilegon.ppid.contracts.sla;

/** The legal deadlines notification-service watches for each request. */
public enum SlaClock {
    /** The PPID's answer: 10 working days, 17 after an extension (Pasal 22(7)–(8)). */
    ANSWER,
    /** The Atasan PPID's answer to an objection: 30 working days (Pasal 36(2)). */
    OBJECTION_DECISION,
    /** The applicant's window to object: 30 working days (Pasal 36(1)). */
    OBJECTION_WINDOW,
    /** The applicant's window to go to the Komisi Informasi: 14 working days (Pasal 37). */
    DISPUTE_WINDOW
}
