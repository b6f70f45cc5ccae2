package id.go.cilegon.ppid.notification.rest;

import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.rest.Views.DeadlineView;
import id.go.cilegon.ppid.notification.rest.Views.OpdSummaryView;
import id.go.cilegon.ppid.notification.security.CurrentOfficer;
import id.go.cilegon.ppid.notification.security.Roles;
import id.go.cilegon.ppid.notification.service.AccessDeniedException;
import id.go.cilegon.ppid.notification.service.OperatorQueries;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Upcoming and overdue legal deadlines per OPD, for the PPID Utama (all) and the OPD officers (their own). */
@Path("/deadlines")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "Tenggat jawaban dan tanggapan keberatan")
public class DeadlineResource {

    @Inject
    OperatorQueries queries;

    @Inject
    CurrentOfficer caller;

    @GET
    @Path("/upcoming")
    @RolesAllowed({Roles.MAIN, Roles.OFFICER})
    @Operation(
            summary = "Deadlines due from today within the given working days, soonest first",
            description = "The PPID Utama sees every OPD (filter with opd, or queued=true for the requests still "
                    + "with the PPID Utama); an officer sees only their own OPD.")
    public List<DeadlineView> upcoming(
            @Parameter(description = "OPD code") @QueryParam("opd") String opd,
            @Parameter(description = "Only requests not assigned to an OPD")
                    @QueryParam("queued")
                    @DefaultValue("false")
                    boolean queued,
            @Parameter(description = "Working days ahead, 0-60") @QueryParam("within") @DefaultValue("5") int within,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Params params = new Params();
        params.opdCode("opd", opd);
        params.range("within", within, 0, 60);
        params.page(page, size);
        params.check();
        Optional<String> scope = scope(opd, queued);
        return queries.upcoming(scope, queued && scope.isEmpty(), within, page, size).stream()
                .map(this::view)
                .toList();
    }

    @GET
    @Path("/overdue")
    @RolesAllowed(Roles.MAIN)
    @Operation(summary = "Deadlines that passed unmet, most overdue first")
    public List<DeadlineView> overdue(
            @QueryParam("opd") String opd,
            @QueryParam("queued") @DefaultValue("false") boolean queued,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Params params = new Params();
        params.opdCode("opd", opd);
        params.page(page, size);
        params.check();
        return queries.overdue(Optional.ofNullable(opd), queued && opd == null, page, size).stream()
                .map(this::view)
                .toList();
    }

    @GET
    @Path("/summary")
    @RolesAllowed(Roles.MAIN)
    @Operation(summary = "Per OPD: deadlines within the given working days, due today, and overdue")
    public List<OpdSummaryView> summary(@QueryParam("within") @DefaultValue("5") int within) {
        Params params = new Params();
        params.range("within", within, 0, 60);
        params.check();
        return queries.summary(within).stream()
                .map(c -> new OpdSummaryView(c.opdCode(), c.upcoming(), c.dueToday(), c.overdue()))
                .toList();
    }

    /** The PPID Utama may ask for any OPD; an officer only for their own, which is also their default. */
    private Optional<String> scope(String opd, boolean queued) {
        if (caller.isPpidMain()) {
            return Optional.ofNullable(opd);
        }
        String own = caller.opd().orElseThrow();
        if ((opd != null && !opd.equals(own)) || queued) {
            throw new AccessDeniedException(
                    "other-opd",
                    "Officers see only the deadlines of their own OPD (" + own + ").",
                    "Petugas hanya dapat melihat tenggat OPD-nya sendiri (" + own + ").");
        }
        return Optional.of(own);
    }

    private DeadlineView view(OperatorQueries.DeadlineRow row) {
        Recipient responsible = row.deadline().clock == SlaClock.OBJECTION_DECISION
                ? Recipient.PPID_SUPERIOR
                : row.request().assignedOpdCode == null ? Recipient.PPID_MAIN : Recipient.OPD_DESK;
        return new DeadlineView(
                row.request().requestId,
                row.request().registrationNumber,
                row.deadline().clock,
                row.deadline().dueDate,
                queries.workingDaysLeft(row.deadline().dueDate),
                queries.provisional(row.deadline()) ? Boolean.TRUE : null,
                row.request().assignedOpdCode,
                row.request().queued,
                responsible);
    }
}
