package id.go.cilegon.ppid.request.rest;

import id.go.cilegon.ppid.calendar.Explanation;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.RequestStatus;
import id.go.cilegon.ppid.request.security.AccountEmail;
import id.go.cilegon.ppid.request.security.CurrentActor;
import id.go.cilegon.ppid.request.security.NikProtector;
import id.go.cilegon.ppid.request.security.Roles;
import id.go.cilegon.ppid.request.service.AccessPolicy;
import id.go.cilegon.ppid.request.service.DeadlinePolicy;
import id.go.cilegon.ppid.request.service.IntakeLimits;
import id.go.cilegon.ppid.request.service.IntakeService;
import id.go.cilegon.ppid.request.service.LifecycleService;
import id.go.cilegon.ppid.request.service.PersonalDataLifecycle;
import id.go.cilegon.ppid.request.service.RequestQueries;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** The request API: intake, reading, and every step of the legal lifecycle. */
@Path("/requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests", description = "Permohonan informasi publik (UU 14/2008)")
public class RequestResource {

    private static final int MAX_PAGE_SIZE = 100;

    @Inject
    IntakeService intake;

    @Inject
    LifecycleService lifecycle;

    @Inject
    RequestQueries queries;

    @Inject
    AccessPolicy access;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    NikProtector nikProtector;

    @Inject
    CurrentActor currentActor;

    @Inject
    Validator validator;

    @Inject
    IntakeLimits limits;

    @Inject
    PersonalDataLifecycle personalData;

    @Inject
    AccountEmail accountEmail;

    @POST
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN})
    @Operation(
            summary = "Submit a request",
            description = "Filed by an applicant for themself, or by a PPID officer "
                    + "for a walk-in applicant. Returns the registration number, receipt time and legal due date.")
    public RestResponse<RequestView> submit(
            SubmitRequestBody body,
            @Parameter(description = "Makes a retried submission return the first result")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Context HttpServerRequest http) {
        Actor actor = currentActor.get();
        List<FieldViolation> violations = validate(body);
        if (body != null) {
            if (actor.role() == Actor.Role.APPLICANT) {
                body = body.filedOnline(accountEmail.verified(), violations);
            }
            violations.addAll(body.crossFieldViolations());
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            violations.add(ViolationMessages.message("Idempotency-Key", "ppid.size", Map.of("min", 1, "max", 200)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        // The client's address as the ingress saw it (quarkus.http.proxy.* in production).
        limits.check(
                actor,
                http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
        IntakeService.Intake result = intake.submit(body.toCommand(), actor, idempotencyKey);
        RequestView view = view(result.request(), actor, result.dueDate());
        URI location = URI.create("/requests/" + result.request().id());
        if (result.created()) {
            return RestResponse.ResponseBuilder.<RequestView>created(location)
                    .entity(view)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(view)
                .location(location)
                .header("Idempotent-Replayed", "true")
                .build();
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN, Roles.SUPERIOR})
    @Operation(summary = "List the requests the caller may see, newest first")
    public List<RequestView> list(
            @QueryParam("status") RequestStatus status,
            @QueryParam("registrationNumber") String registrationNumber,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(ViolationMessages.message("page", "ppid.not-negative", Map.of()));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(ViolationMessages.message("size", "ppid.range", Map.of("min", 1, "max", MAX_PAGE_SIZE)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Actor actor = currentActor.get();
        return queries.list(actor, status, registrationNumber, page, size).stream()
                .map(r -> view(r, actor, null))
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN, Roles.SUPERIOR})
    @Operation(summary = "One request with its due date explained")
    public RequestView get(@RestPath UUID id) {
        Actor actor = currentActor.get();
        InformationRequest request = queries.get(id, actor);
        return view(request, actor, dueDateExplanation(request));
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN, Roles.SUPERIOR})
    @Operation(summary = "Every step of the request, oldest first")
    public List<RequestView.TimelineStep> timeline(@RestPath UUID id) {
        return queries.timeline(id, currentActor.get()).stream()
                .map(RequestView.TimelineStep::of)
                .toList();
    }

    @POST
    @Path("/{id}/extension")
    @RolesAllowed({Roles.OFFICER, Roles.MAIN})
    @Operation(summary = "Extend the answer period once by 1 to 7 working days, with reasons (Pasal 22(8))")
    public RequestView extend(@RestPath UUID id, StepBodies.Extension body) {
        requireValid(body);
        Actor actor = currentActor.get();
        return view(lifecycle.extend(id, body.reason(), body.workingDays(), actor), actor);
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.OFFICER, Roles.MAIN})
    @Operation(
            summary = "Give the written answer with the contents of Pasal 22(7)",
            description = "Once; again only as the corrected decision after the Atasan PPID upheld an objection to it "
                    + "(Pasal 36), which supersedes the earlier one (kept in earlierDecisions).")
    public RequestView decide(@RestPath UUID id, StepBodies.Decision body) {
        requireValid(body);
        Actor actor = currentActor.get();
        return view(lifecycle.decide(id, body.decision(), body.notice(), actor), actor);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN})
    @Operation(summary = "Withdraw a request that has not been answered")
    public RequestView withdraw(@RestPath UUID id, StepBodies.Withdrawal body) {
        requireValid(body == null ? new StepBodies.Withdrawal(null, null) : body);
        Actor actor = currentActor.get();
        return view(
                lifecycle.withdraw(
                        id,
                        body == null ? null : body.reason(),
                        body == null ? null : body.statementReference(),
                        actor),
                actor);
    }

    @POST
    @Path("/{id}/objection")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN})
    @Operation(summary = "Object to the Atasan PPID on grounds a-g of Pasal 35(1)")
    public RequestView object(@RestPath UUID id, StepBodies.Objection body) {
        requireValid(body);
        Actor actor = currentActor.get();
        return view(lifecycle.object(id, body.grounds(), body.statement(), actor), actor);
    }

    @POST
    @Path("/{id}/objection/decision")
    @RolesAllowed(Roles.SUPERIOR)
    @Operation(summary = "The Atasan PPID's decision on the objection (Pasal 36)")
    public RequestView decideObjection(@RestPath UUID id, StepBodies.ObjectionDecision body) {
        requireValid(body);
        Actor actor = currentActor.get();
        return view(lifecycle.decideObjection(id, body.outcome(), body.reasons(), actor), actor);
    }

    @POST
    @Path("/{id}/dispute")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN})
    @Operation(summary = "Record that a dispute was filed with the Komisi Informasi (Pasal 37)")
    public RequestView recordDispute(@RestPath UUID id, StepBodies.Dispute body) {
        requireValid(body);
        Actor actor = currentActor.get();
        return view(lifecycle.recordDispute(id, body.filedDate(), body.caseNumber(), actor), actor);
    }

    @POST
    @Path("/{id}/notice-receipt")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN, Roles.SUPERIOR})
    @Operation(
            summary = "Record that the applicant received a written notice",
            description = "The decision (Pasal 22(7)) or the Atasan PPID's answer (Pasal 36): the applicant's window "
                    + "to object (Pasal 35) or to go to the Komisi Informasi (Pasal 37(2)) counts from that day. The "
                    + "desk records a notice collected (DESK) or delivered by post (POST) with its date; the applicant "
                    + "records having opened it (PORTAL), today. Only the first receipt counts; e-mail delivery is "
                    + "recorded by the platform itself.")
    public RequestView noticeReceived(@RestPath UUID id, StepBodies.NoticeReceipt body) {
        requireValid(body);
        Actor actor = currentActor.get();
        return view(
                lifecycle.noticeReceived(id, body.notice(), body.number(), body.receivedOn(), body.via(), actor),
                actor);
    }

    @POST
    @Path("/{id}/applicant-erasure")
    @RolesAllowed(Roles.MAIN)
    @Operation(
            summary = "Record a walk-in applicant's signed request to erase their personal data (UU 27/2022 Pasal 8)",
            description = "For an applicant without an account, found through one of their requests; an applicant "
                    + "with an account asks themself (POST /applicants/me/erasure). Every request of the applicant "
                    + "is erased once nothing more is owed on it and its last window closed; the answer lists each "
                    + "with when it was or will be erased.")
    public List<PersonalDataLifecycle.Outcome> requestApplicantErasure(
            @RestPath UUID id, StepBodies.ErasureStatement body) {
        requireValid(body);
        return personalData.requestErasureFor(id, body.statementReference(), currentActor.get());
    }

    private List<FieldViolation> validate(Object body) {
        List<FieldViolation> violations = new ArrayList<>();
        if (body == null) {
            violations.add(ViolationMessages.message("body", "ppid.body.required", Map.of()));
            return violations;
        }
        validator.validate(body).forEach(v -> violations.add(ViolationMessages.of(v, "")));
        return violations;
    }

    private void requireValid(Object body) {
        List<FieldViolation> violations = validate(body);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private RequestView view(InformationRequest request, Actor actor) {
        return view(request, actor, dueDateExplanation(request));
    }

    private RequestView view(InformationRequest request, Actor actor, Explanation due) {
        String nik = request.applicantNik() == null
                ? null
                : RequestView.nikFor(
                        nikProtector.decrypt(request.applicantNik(), request.id()), access.seesOwnNik(actor, request));
        return RequestView.of(request, due, deadlines.provisionalDates(request), nik);
    }

    private Explanation dueDateExplanation(InformationRequest request) {
        return request.extendedAt() == null
                ? deadlines.explainAnswerDue(request.receivedDate(), Side.BODY)
                : deadlines.explainExtendedDue(request.originalDueDate(), request.extensionDays(deadlines), Side.BODY);
    }
}
