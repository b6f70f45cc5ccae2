package id.go.cilegon.ppid.index.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is calling, for the one endpoint that is not public ({@code /index/ranking/local}): the PPID Utama, the Atasan
 * PPID and administrators see every OPD's numbers there. Everything else index-service serves is public.
 */
@RequestScoped
public class CurrentViewer {

    @Inject
    SecurityIdentity identity;

    /** Whether the caller sees every OPD. */
    public boolean seesAllOpds() {
        return identity.hasRole(Roles.MAIN) || identity.hasRole(Roles.SUPERIOR) || identity.hasRole(Roles.ADMIN);
    }

    /** Refuses unless the caller sees every OPD: 401 without a valid token, 403 with another role (as RolesAllowed). */
    public void requireSeesAllOpds() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!seesAllOpds()) {
            throw new ForbiddenException();
        }
    }
}
