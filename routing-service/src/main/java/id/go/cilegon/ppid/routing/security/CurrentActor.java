package id.go.cilegon.ppid.routing.security;

import id.go.cilegon.ppid.routing.domain.Actor;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current HTTP request as an {@link Actor}. A token with several roles acts in the most
 * powerful one it has: PPID Utama, admin, officer, OPD system, anything else.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    public Actor get() {
        String subject = subject();
        if (identity.hasRole(Roles.MAIN)) {
            return new Actor(Actor.Role.PPID_MAIN, subject, null);
        }
        if (identity.hasRole(Roles.ADMIN)) {
            return new Actor(Actor.Role.ADMIN, subject, null);
        }
        if (identity.hasRole(Roles.OFFICER)) {
            return new Actor(Actor.Role.PPID_OFFICER, subject, requiredOpd());
        }
        if (identity.hasRole(Roles.OPD_SYSTEM)) {
            return new Actor(Actor.Role.OPD_SYSTEM, subject, requiredOpd());
        }
        return new Actor(Actor.Role.OTHER, subject, null);
    }

    private String requiredOpd() {
        String opd = claim(Roles.OPD_CLAIM);
        if (opd == null || opd.isBlank()) {
            throw new ForbiddenException("Token without an opd claim");
        }
        return opd.strip().toUpperCase(Locale.ROOT);
    }

    private String subject() {
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString().replace("\"", "");
        }
        return null;
    }
}
