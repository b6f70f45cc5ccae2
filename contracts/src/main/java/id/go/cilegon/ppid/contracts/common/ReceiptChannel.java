package id.go.cilegon.ppid.contracts.common;

/** How an applicant received a written notice. */
public enum ReceiptChannel {
    /** The platform's e-mail with the whole notice was accepted by the mail server. */
    EMAIL,
    /** Collected at a PPID desk, recorded by the desk with the date. */
    DESK,
    /** Opened by the applicant, signed in, in a portal of the platform. */
    PORTAL,
    /** Delivered by post or courier, recorded by the desk with the date of delivery. */
    POST
}
