package id.go.cilegon.ppid.contracts.common;

/** How a request reached the PPID. */
public enum FilingChannel {
    /** Filed by the applicant through the portal. */
    ONLINE,
    /** Filed by a PPID officer on behalf of someone at the desk (written or oral request, Pasal 22(1)). */
    WALK_IN
}
