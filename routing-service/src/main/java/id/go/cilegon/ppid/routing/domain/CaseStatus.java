package id.go.cilegon.ppid.routing.domain;

/** Where a request stands in routing. */
public enum CaseStatus {
    /** Assigned to an OPD. */
    ROUTED,
    /** Waiting in the PPID Utama's queue. */
    QUEUED,
    /** Answered or withdrawn: nothing more to route or transfer. */
    CLOSED
}
