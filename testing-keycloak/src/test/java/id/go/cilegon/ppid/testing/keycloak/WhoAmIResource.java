package id.go.cilegon.ppid.testing.keycloak;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A stand-in for a PPID service secured by quarkus-oidc (test only). */
@Path("/whoami")
@Produces(MediaType.TEXT_PLAIN)
public class WhoAmIResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @GET
    @Authenticated
    public String whoami() {
        return jwt.getClaim("preferred_username") + " " + new TreeSet<>(identity.getRoles());
    }

    @GET
    @Path("/officer-opd")
    @RolesAllowed("ppid-officer")
    public String officerOpd() {
        return jwt.getClaim("opd");
    }

    @GET
    @Path("/system-opd")
    @RolesAllowed("opd-system")
    public String systemOpd() {
        return jwt.getClaim("opd");
    }

    @GET
    @Path("/main")
    @RolesAllowed("ppid-main")
    public String main() {
        return "ppid-main";
    }
}
