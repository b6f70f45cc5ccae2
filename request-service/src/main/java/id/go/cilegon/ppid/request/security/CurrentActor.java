package id.go.cilegon.ppid.request.security;

import id.go.cilegon.ppid.request.domain.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current HTTP request as an {@link Actor}. A token with several roles acts in
 * the most powerful one it has, in the order PPID Utama, Atasan, officer, applicant.
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
        if (identity.hasRole(Roles.SUPERIOR)) {
            return new Actor(Actor.Role.PPID_SUPERIOR, subject, null);
        }
        if (identity.hasRole(Roles.OFFICER)) {
            String opd = claim(Roles.OPD_CLAIM);
            if (opd == null || opd.isBlank()) {
                throw new io.quarkus.security.ForbiddenException("Officer token without an opd claim");
            }
            return new Actor(Actor.Role.PPID_OFFICER, subject, opd.strip().toUpperCase());
        }
        if (identity.hasRole(Roles.APPLICANT)) {
            return new Actor(Actor.Role.APPLICANT, subject, null);
        }
        throw new io.quarkus.security.ForbiddenException("No PPID role");
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
