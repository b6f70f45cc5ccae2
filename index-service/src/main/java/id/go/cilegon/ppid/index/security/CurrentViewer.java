package id.go.cilegon.ppid.index.security;

import id.go.cilegon.ppid.index.service.AccessDeniedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who may see which OPD's numbers: the PPID Utama, the Atasan PPID and administrators see every OPD; an officer
 * only the OPD named in the token's {@code opd} claim.
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

    /** Refuses unless the caller may see {@code opdCode}. */
    public void requireOpd(String opdCode) {
        if (seesAllOpds()) {
            return;
        }
        if (identity.hasRole(Roles.OFFICER)) {
            String own = opdClaim();
            if (own == null) {
                throw new AccessDeniedException(
                        "no-opd-claim", "Your token does not name your OPD.", "Token Anda tidak menyebutkan OPD Anda.");
            }
            if (own.equals(opdCode)) {
                return;
            }
            throw new AccessDeniedException(
                    "other-opd",
                    "You may only see the numbers of your own OPD (" + own + ").",
                    "Anda hanya boleh melihat angka OPD Anda sendiri (" + own + ").");
        }
        throw new AccessDeniedException(
                "role-not-allowed",
                "Your role does not allow this action.",
                "Peran Anda tidak diizinkan melakukan tindakan ini.");
    }

    private String opdClaim() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(Roles.OPD_CLAIM);
            if (value == null) {
                return null;
            }
            String text = value.toString().replace("\"", "").strip().toUpperCase();
            return text.isEmpty() ? null : text;
        }
        return null;
    }
}
