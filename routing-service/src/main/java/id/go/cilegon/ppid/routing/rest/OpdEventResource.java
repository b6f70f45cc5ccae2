package id.go.cilegon.ppid.routing.rest;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import id.go.cilegon.ppid.routing.security.CurrentActor;
import id.go.cilegon.ppid.routing.security.Roles;
import id.go.cilegon.ppid.routing.service.OpdIngress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Where OPD systems publish their events: CloudEvents over HTTP, in binary mode (attributes in {@code ce-*} headers,
 * the data as the JSON body) or structured mode ({@code application/cloudevents+json}, the whole event as the body).
 * Answers 202 when the event was accepted for publication (200 when the same id was accepted before).
 */
@Path("/opd-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OPD events", description = "Event OPD: sistem OPD menerbitkan event lewat HTTP (CloudEvents)")
public class OpdEventResource {

    /** The answer: the event's id and type, the OPD it was published for, and whether it was a retry. */
    public record Accepted(String id, String type, String opdCode, String status) {}

    @Inject
    OpdIngress ingress;

    @Inject
    CurrentActor currentActor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPD_SYSTEM)
    @Operation(summary = "Publish an OPD event, CloudEvents binary mode (ce-specversion, ce-id, ce-type headers)")
    public RestResponse<Accepted> binary(
            @HeaderParam("ce-specversion") String specversion,
            @HeaderParam("ce-id") String id,
            @HeaderParam("ce-type") String type,
            byte[] data) {
        return answer(ingress.accept(currentActor.get(), new OpdIngress.Incoming(specversion, id, type, data)));
    }

    @POST
    @Consumes("application/cloudevents+json")
    @RolesAllowed(Roles.OPD_SYSTEM)
    @Operation(summary = "Publish an OPD event, CloudEvents structured mode (the whole event as the body)")
    public RestResponse<Accepted> structured(byte[] body) {
        JsonNode event;
        try {
            event = EventJson.mapper().readTree(body);
        } catch (IOException e) {
            event = null;
        }
        if (event == null || !event.isObject()) {
            throw new InvalidInputException(
                    List.of(ViolationMessages.message("body", "ppid.json.malformed", Map.of())));
        }
        byte[] data;
        try {
            data = event.has("data") ? EventJson.mapper().writeValueAsBytes(event.get("data")) : null;
        } catch (IOException e) {
            data = null;
        }
        return answer(ingress.accept(
                currentActor.get(),
                new OpdIngress.Incoming(
                        event.path("specversion").asText(null),
                        event.path("id").asText(null),
                        event.path("type").asText(null),
                        data)));
    }

    private static RestResponse<Accepted> answer(OpdIngress.Outcome outcome) {
        Accepted accepted = new Accepted(
                outcome.id(), outcome.type(), outcome.opdCode(), outcome.duplicate() ? "duplicate" : "accepted");
        return outcome.duplicate()
                ? RestResponse.ok(accepted)
                : RestResponse.ResponseBuilder.<Accepted>create(202)
                        .entity(accepted)
                        .build();
    }
}
