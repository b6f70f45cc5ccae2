package id.go.cilegon.ppid.contracts.routing;

/** Why a request waits for the PPID Utama to route it by hand. */
public enum RoutingNeededReason {
    /** The best match was not confident enough, or too close to the runner-up. */
    LOW_CONFIDENCE,
    /** No OPD matched the request text at all. */
    NO_MATCH,
    /** The request has been transferred too often to move it again automatically. */
    TRANSFER_LIMIT,
    /** The OPD suggested by the previous one is unknown or inactive. */
    SUGGESTED_OPD_INACTIVE
}
