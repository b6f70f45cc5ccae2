package id.go.cilegon.ppid.routing.rest;

import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import id.go.cilegon.ppid.routing.config.RoutingConfig;
import id.go.cilegon.ppid.routing.domain.Actor;
import id.go.cilegon.ppid.routing.domain.RegisterEntry;
import id.go.cilegon.ppid.routing.security.CurrentActor;
import id.go.cilegon.ppid.routing.security.Roles;
import id.go.cilegon.ppid.routing.service.DirectoryService;
import id.go.cilegon.ppid.routing.service.RegisterService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** The OPD directory and each OPD's register of public information (DIP). */
@Path("/opds")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "Direktori OPD dan Daftar Informasi Publik")
public class DirectoryResource {

    @Inject
    DirectoryService directory;

    @Inject
    RegisterService register;

    @Inject
    CurrentActor currentActor;

    @Inject
    Validation validation;

    @Inject
    RoutingConfig config;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN, Roles.SUPERIOR, Roles.ADMIN, Roles.OPD_SYSTEM})
    @Operation(summary = "The OPDs, by code; inactive ones only for the PPID Utama and admins")
    public List<Views.OpdView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        Actor actor = currentActor.get();
        boolean mayIncludeInactive = actor.role() == Actor.Role.PPID_MAIN || actor.role() == Actor.Role.ADMIN;
        return directory.list(includeInactive && mayIncludeInactive).stream()
                .map(Views.OpdView::of)
                .toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN, Roles.SUPERIOR, Roles.ADMIN, Roles.OPD_SYSTEM})
    @Operation(summary = "One OPD's directory entry")
    public Views.OpdView get(@RestPath String code) {
        return Views.OpdView.of(directory.get(Validation.opdCode(code)));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MAIN})
    @Operation(summary = "Add an OPD; published on ppid.directory.v1")
    public RestResponse<Views.OpdView> create(OpdBody body) {
        List<FieldViolation> extra = new ArrayList<>();
        if (body != null) {
            extra.addAll(body.crossFieldViolations(config.webhook().allowHttp()));
            if (body.opdCode() == null) {
                extra.add(ViolationMessages.message("opdCode", "ppid.required", Map.of()));
            }
        }
        validation.require(body, extra);
        Views.OpdView view = Views.OpdView.of(directory.create(body.opdCode(), body.toEntry(), currentActor.get()));
        return RestResponse.ResponseBuilder.<Views.OpdView>created(URI.create("/opds/" + view.opdCode()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.MAIN})
    @Operation(
            summary = "Change an OPD (also active: false to deactivate; OPDs are never deleted)",
            description = "Send the current version to refuse a change made in between (409).")
    public Views.OpdView update(@RestPath String code, OpdBody body) {
        Validation.opdCode(code);
        List<FieldViolation> extra = new ArrayList<>();
        if (body != null) {
            extra.addAll(body.crossFieldViolations(config.webhook().allowHttp()));
            if (body.opdCode() != null && !body.opdCode().equals(code)) {
                extra.add(ViolationMessages.message("opdCode", "ppid.opd-code.invalid", Map.of()));
            }
        }
        validation.require(body, extra);
        return Views.OpdView.of(directory.update(code, body.toEntry(), body.version(), currentActor.get()));
    }

    @POST
    @Path("/republication")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish every entry on ppid.directory.v1 again (e.g. after the topic was recreated)")
    public Map<String, Integer> republish() {
        return Map.of("published", directory.republishAll());
    }

    @GET
    @Path("/{code}/register")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN, Roles.SUPERIOR, Roles.ADMIN, Roles.OPD_SYSTEM})
    @Operation(summary = "The OPD's register of public information (DIP)")
    public List<Views.RegisterEntryView> register(@RestPath String code) {
        return register.list(Validation.opdCode(code)).stream()
                .map(Views.RegisterEntryView::of)
                .toList();
    }

    @PUT
    @Path("/{code}/register/{entryId}")
    @RolesAllowed({Roles.OFFICER, Roles.OPD_SYSTEM, Roles.MAIN})
    @Operation(summary = "Add or replace a register entry (the OPD's officer or system, or the PPID Utama)")
    public RestResponse<Views.RegisterEntryView> putEntry(
            @RestPath String code, @RestPath String entryId, RegisterEntryBody body) {
        Validation.opdCode(code);
        requireEntryId(entryId);
        validation.require(body, body == null ? List.of() : body.crossFieldViolations());
        Actor actor = currentActor.get();
        register.requireEditor(actor, code);
        boolean created = register.upsert(
                code,
                entryId,
                new RegisterService.EntryContent(
                        body.title(),
                        body.summary(),
                        body.category(),
                        body.keywords(),
                        body.publicationIntervalMonths(),
                        null),
                RegisterEntry.Source.REST,
                actor);
        Views.RegisterEntryView view = Views.RegisterEntryView.of(RegisterEntry.find(code, entryId));
        return created
                ? RestResponse.ResponseBuilder.<Views.RegisterEntryView>created(
                                URI.create("/opds/" + code + "/register/" + entryId))
                        .entity(view)
                        .build()
                : RestResponse.ok(view);
    }

    @GET
    @Path("/register/keyword-proposals")
    @RolesAllowed(Roles.MAIN)
    @Operation(summary = "Register keywords OPDs proposed, waiting for the PPID Utama (oldest first)")
    public List<Views.RegisterEntryView> keywordProposals() {
        return register.proposals().stream().map(Views.RegisterEntryView::of).toList();
    }

    @POST
    @Path("/{code}/register/{entryId}/keyword-proposal/acceptance")
    @RolesAllowed(Roles.MAIN)
    @Operation(
            summary = "Accept an entry's proposed keywords (all, or those listed in keywords), at most"
                    + " ppid.routing.register.max-keywords; routing uses them from now on")
    public Views.RegisterEntryView acceptKeywords(
            @RestPath String code, @RestPath String entryId, RoutingBodies.KeywordAcceptance body) {
        Validation.opdCode(code);
        requireEntryId(entryId);
        validation.require(body == null ? new RoutingBodies.KeywordAcceptance(null) : body, List.of());
        return Views.RegisterEntryView.of(
                register.acceptKeywords(code, entryId, body == null ? null : body.keywords(), currentActor.get()));
    }

    @POST
    @Path("/{code}/register/{entryId}/keyword-proposal/refusal")
    @RolesAllowed(Roles.MAIN)
    @Operation(summary = "Refuse an entry's proposed keywords; the accepted ones stay")
    public Views.RegisterEntryView refuseKeywords(
            @RestPath String code, @RestPath String entryId, RoutingBodies.KeywordRefusal body) {
        Validation.opdCode(code);
        requireEntryId(entryId);
        validation.require(body, List.of());
        return Views.RegisterEntryView.of(register.refuseKeywords(code, entryId, body.reason(), currentActor.get()));
    }

    @DELETE
    @Path("/{code}/register/{entryId}")
    @RolesAllowed({Roles.OFFICER, Roles.OPD_SYSTEM, Roles.MAIN})
    @Operation(summary = "Withdraw a register entry")
    public RestResponse<Void> deleteEntry(@RestPath String code, @RestPath String entryId) {
        Validation.opdCode(code);
        requireEntryId(entryId);
        register.requireEditor(currentActor.get(), code);
        if (!register.withdraw(code, entryId)) {
            throw RegisterService.entryNotFound(code, entryId);
        }
        return RestResponse.noContent();
    }

    private static void requireEntryId(String entryId) {
        if (entryId == null || !entryId.matches("^[A-Za-z0-9._-]{1,100}$")) {
            throw new InvalidInputException(
                    List.of(ViolationMessages.message("entryId", "ppid.entry-id.invalid", Map.of())));
        }
    }
}
