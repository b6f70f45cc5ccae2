package id.go.cilegon.ppid.request.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The e-mail address the caller's account has proved it owns: the token's {@code email} claim when
 * {@code email_verified} is true (the realm verifies the address of every self-registered account).
 */
@RequestScoped
public class AccountEmail {

    @Inject
    SecurityIdentity identity;

    public Optional<String> verified() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object email = jwt.getClaim(Claims.email.name());
        Object verified = jwt.getClaim(Claims.email_verified.name());
        if (email == null || !"true".equals(unquoted(verified))) {
            return Optional.empty();
        }
        String address = unquoted(email).strip();
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }

    private static String unquoted(Object claim) {
        return claim == null ? null : claim.toString().replace("\"", "");
    }
}
