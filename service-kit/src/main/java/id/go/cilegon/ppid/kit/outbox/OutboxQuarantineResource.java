package id.go.cilegon.ppid.kit.outbox;

import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The outbox quarantine of this service, for an administrator ({@link OutboxQuarantine}). */
@Path("/admin/outbox/quarantine")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxQuarantineResource {

    @Inject
    OutboxQuarantine quarantine;

    @Inject
    SecurityIdentity identity;

    /** The quarantined events, oldest first. */
    @GET
    public List<OutboxQuarantine.QuarantinedEvent> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException(
                    new FieldViolation("limit", "range", "must be between 1 and 1000", "harus antara 1 dan 1000"));
        }
        return quarantine.list(limit);
    }

    /** Back into the outbox, first of its key (after the cause was fixed). */
    @POST
    @Path("/{id}/release")
    public Response release(@PathParam("id") long id) {
        return quarantine.release(id, identity.getPrincipal().getName())
                ? Response.noContent().build()
                : notFound(id);
    }

    /** Gone for good: the later events of its key flow again. */
    @DELETE
    @Path("/{id}")
    public Response drop(@PathParam("id") long id) {
        return quarantine.drop(id, identity.getPrincipal().getName())
                ? Response.noContent().build()
                : notFound(id);
    }

    private static Response notFound(long id) {
        return Response.status(404)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(
                        "not-found",
                        404,
                        "Not found",
                        "Tidak ditemukan",
                        "No quarantined outbox event " + id + ".",
                        "Tidak ada peristiwa outbox " + id + " di karantina.",
                        "not-found",
                        null))
                .build();
    }
}
