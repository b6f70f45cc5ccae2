package id.go.cilegon.ppid.request.domain;

/** Who performs a step: the role they act in, their token subject, and their OPD for officers and OPD systems. */
public record Actor(Role role, String subject, String opdCode) {

    /** The roles that can act on a request. */
    public enum Role {
        APPLICANT,
        PPID_OFFICER,
        PPID_MAIN,
        PPID_SUPERIOR,
        OPD_SYSTEM,
        SYSTEM
    }

    public static Actor system() {
        return new Actor(Role.SYSTEM, "system", null);
    }

    public static Actor opdSystem(String opdCode) {
        return new Actor(Role.OPD_SYSTEM, "opd-system:" + opdCode, opdCode);
    }
}
