package id.go.cilegon.ppid.routing.domain;

/** Where a request stands in routing. */
public enum CaseStatus {
    /**
     * Known from one of its two records (the request, its texts) and waiting for the other; routed when both are in,
     * queued for the PPID Utama if the texts do not come within {@code ppid.routing.texts-wait}.
     */
    PENDING,
    /** Assigned to an OPD. */
    ROUTED,
    /** Waiting in the PPID Utama's queue. */
    QUEUED,
    /** Answered or withdrawn: nothing more to route or transfer. */
    CLOSED
}
