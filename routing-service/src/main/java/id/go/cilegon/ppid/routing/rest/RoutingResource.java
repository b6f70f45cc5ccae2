package id.go.cilegon.ppid.routing.rest;

import id.go.cilegon.ppid.routing.domain.Actor;
import id.go.cilegon.ppid.routing.domain.CaseStatus;
import id.go.cilegon.ppid.routing.domain.RoutingCase;
import id.go.cilegon.ppid.routing.security.CurrentActor;
import id.go.cilegon.ppid.routing.security.Roles;
import id.go.cilegon.ppid.routing.service.RoutingQueries;
import id.go.cilegon.ppid.routing.service.RoutingService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** The PPID Utama's queue, manual assignment, transfers by OPDs, and each request's routing explained. */
@Path("/routing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing", description = "Penyaluran permohonan ke OPD")
public class RoutingResource {

    @Inject
    RoutingService routing;

    @Inject
    RoutingQueries queries;

    @Inject
    CurrentActor currentActor;

    @Inject
    Validation validation;

    @GET
    @Path("/queue")
    @RolesAllowed(Roles.MAIN)
    @Operation(
            summary = "Requests waiting for the PPID Utama, earliest legal due date first",
            description = "Each with the reason and the best candidates found; X-Total-Count has the queue size.")
    public RestResponse<List<Views.CaseView>> queue(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        validation.requirePage(page, size);
        List<Views.CaseView> items = queries.queue(page, size).stream()
                .map(c -> Views.CaseView.of(c, null))
                .toList();
        return RestResponse.ResponseBuilder.ok(items)
                .header("X-Total-Count", queries.queueSize())
                .build();
    }

    @GET
    @Path("/requests")
    @RolesAllowed({Roles.MAIN, Roles.OFFICER})
    @Operation(summary = "Requests by routing status and OPD, latest change first; an officer sees their OPD's")
    public List<Views.CaseView> list(
            @QueryParam("status") CaseStatus status,
            @QueryParam("opdCode") String opdCode,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        validation.requirePage(page, size);
        if (opdCode != null) {
            Validation.opdCode(opdCode);
        }
        return queries.list(currentActor.get(), status, opdCode, page, size).stream()
                .map(c -> Views.CaseView.of(c, null))
                .toList();
    }

    @GET
    @Path("/requests/{id}")
    @RolesAllowed({Roles.MAIN, Roles.OFFICER})
    @Operation(summary = "One request's routing: where it is, why (matched terms, scores) and its history")
    public Views.CaseView get(@RestPath UUID id) {
        RoutingCase routingCase = queries.get(id, currentActor.get());
        return Views.CaseView.of(routingCase, queries.history(id));
    }

    @POST
    @Path("/requests/{id}/assignment")
    @RolesAllowed(Roles.MAIN)
    @Operation(summary = "Assign or reassign the request to an OPD (PPID Utama)")
    public Views.CaseView assign(@RestPath UUID id, RoutingBodies.Assignment body) {
        validation.require(body);
        Actor actor = currentActor.get();
        RoutingCase routingCase = routing.assign(id, body.opdCode(), body.note(), actor);
        return Views.CaseView.of(routingCase, queries.history(id));
    }

    @POST
    @Path("/requests/{id}/transfer")
    @RolesAllowed(Roles.OFFICER)
    @Operation(
            summary = "Hand the request back: the information is not held by your OPD",
            description = "Optionally name the OPD that holds it. The legal clock keeps running.")
    public Views.CaseView transfer(@RestPath UUID id, RoutingBodies.Transfer body) {
        validation.require(body);
        Actor actor = currentActor.get();
        RoutingCase routingCase = routing.transfer(id, body.reason().strip(), body.suggestedOpdCode(), actor);
        return Views.CaseView.of(routingCase, queries.history(id));
    }

    @POST
    @Path("/preview")
    @RolesAllowed({Roles.MAIN, Roles.ADMIN})
    @Operation(summary = "What automatic routing would do with a text, without routing anything")
    public RoutingService.Preview preview(RoutingBodies.Preview body) {
        validation.require(body);
        return routing.preview(body.informationDetails(), body.purpose());
    }
}
