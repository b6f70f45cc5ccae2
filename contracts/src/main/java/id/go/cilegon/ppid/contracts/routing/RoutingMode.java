package id.go.cilegon.ppid.contracts.routing;

/** How an OPD was chosen for a request. */
public enum RoutingMode {
    /** routing-service was confident enough to assign on its own. */
    AUTOMATIC,
    /** The PPID Utama chose the OPD. */
    MANUAL,
    /** The previous OPD named the right one when handing the request back, and that OPD is active. */
    SUGGESTED_BY_OPD
}
