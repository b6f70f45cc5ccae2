package id.go.cilegon.ppid.routing.domain;

/** Who performs a step: the role they act in, their token subject, and their OPD for officers and OPD systems. */
public record Actor(Role role, String subject, String opdCode) {

    /** The roles that matter to routing. */
    public enum Role {
        PPID_MAIN,
        ADMIN,
        PPID_OFFICER,
        OPD_SYSTEM,
        OTHER,
        SYSTEM
    }

    public static Actor system() {
        return new Actor(Role.SYSTEM, "routing-service", null);
    }

    public static Actor opdSystem(String opdCode) {
        return new Actor(Role.OPD_SYSTEM, "opd-system:" + opdCode, opdCode);
    }
}
