package id.go.cilegon.ppid.notification.rest;

import id.go.cilegon.ppid.notification.rest.Views.NotificationView;
import id.go.cilegon.ppid.notification.security.CurrentOfficer;
import id.go.cilegon.ppid.notification.security.Roles;
import id.go.cilegon.ppid.notification.service.OperatorQueries;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The messages: what did not go out, what one request got, and the operator's retry. PPID Utama only. */
@Path("/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Pesan e-mail dan webhook")
public class NotificationResource {

    @Inject
    OperatorQueries queries;

    @Inject
    CurrentOfficer caller;

    @GET
    @Path("/failed")
    @RolesAllowed(Roles.MAIN)
    @Operation(summary = "Messages that did not go out: FAILED after every try, or SKIPPED for want of an address")
    public List<NotificationView> failed(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Params params = new Params();
        params.page(page, size);
        params.check();
        return queries.undelivered(page, size).stream()
                .map(NotificationView::of)
                .toList();
    }

    @GET
    @RolesAllowed(Roles.MAIN)
    @Operation(summary = "Every message about one request, oldest first")
    public List<NotificationView> ofRequest(@QueryParam("requestId") String requestId) {
        Params params = new Params();
        UUID id = params.uuid("requestId", requestId);
        params.check();
        return queries.ofRequest(id).stream().map(NotificationView::of).toList();
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.MAIN)
    @Operation(summary = "Queue a FAILED or SKIPPED message again with a fresh set of tries")
    public NotificationView retry(@PathParam("id") String id) {
        Params params = new Params();
        UUID notificationId = params.uuid("id", id);
        params.check();
        return NotificationView.of(queries.retry(notificationId, caller.subject()));
    }
}
