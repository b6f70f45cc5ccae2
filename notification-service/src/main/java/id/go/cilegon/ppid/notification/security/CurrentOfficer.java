package id.go.cilegon.ppid.notification.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current HTTP request: whether they are the PPID Utama, or an officer of which OPD. */
@RequestScoped
public class CurrentOfficer {

    @Inject
    SecurityIdentity identity;

    public boolean isPpidMain() {
        return identity.hasRole(Roles.MAIN);
    }

    /** The OPD of an officer's token; empty for the PPID Utama. */
    public Optional<String> opd() {
        if (isPpidMain()) {
            return Optional.empty();
        }
        String opd = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim(Roles.OPD_CLAIM) != null
                ? jwt.getClaim(Roles.OPD_CLAIM).toString().replace("\"", "").strip()
                : null;
        if (opd == null || opd.isEmpty()) {
            throw new ForbiddenException("Officer token without an opd claim");
        }
        return Optional.of(opd.toUpperCase(Locale.ROOT));
    }

    public String subject() {
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
        return subject != null ? subject : identity.getPrincipal().getName();
    }
}
