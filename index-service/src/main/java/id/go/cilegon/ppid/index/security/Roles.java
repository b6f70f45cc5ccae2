package id.go.cilegon.ppid.index.security;

/** The realm roles of DESIGN.md, as constants for {@code @RolesAllowed}. */
public final class Roles {

    public static final String APPLICANT = "applicant";
    public static final String OFFICER = "ppid-officer";
    public static final String MAIN = "ppid-main";
    public static final String SUPERIOR = "ppid-superior";
    public static final String ADMIN = "admin";

    private Roles() {}
}
