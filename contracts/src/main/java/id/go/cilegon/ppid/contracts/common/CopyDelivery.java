package id.go.cilegon.ppid.contracts.common;

/** How a copy reaches the applicant (request form). */
public enum CopyDelivery {
    /** Mengambil langsung: collected in person at the desk. */
    COLLECT_IN_PERSON,
    /** Kurir: courier. */
    COURIER,
    /** Pos: post. */
    POST,
    /** Faksimili: fax. */
    FAX,
    /** Surat elektronik: e-mail. */
    EMAIL
}
