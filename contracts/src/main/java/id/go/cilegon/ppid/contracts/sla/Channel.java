package id.go.cilegon.ppid.contracts.sla;

/** Delivery channel of a notification. */
public enum Channel {
    /** E-mail. */
    EMAIL,
    /** Signed HTTP webhook to an OPD system. */
    WEBHOOK
}
