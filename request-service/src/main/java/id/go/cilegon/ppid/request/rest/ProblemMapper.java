package id.go.cilegon.ppid.request.rest;

import static id.go.cilegon.ppid.kit.problem.CommonProblems.path;
import static id.go.cilegon.ppid.kit.problem.CommonProblems.respond;

import id.go.cilegon.ppid.kit.problem.CommonProblems;
import id.go.cilegon.ppid.kit.problem.Problem;
import id.go.cilegon.ppid.request.domain.LifecycleException;
import id.go.cilegon.ppid.request.service.AccessDeniedException;
import id.go.cilegon.ppid.request.service.IdempotencyConflictException;
import id.go.cilegon.ppid.request.service.IntakeBusyException;
import id.go.cilegon.ppid.request.service.RequestNotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The refusals of request-service's domain, as RFC 9457 problems in English and Bahasa Indonesia; the problems every
 * service answers alike (invalid input, 401, 403, 503, 500) are service-kit's {@link CommonProblems}.
 */
public class ProblemMapper {

    @Inject
    CommonProblems common;

    @ServerExceptionMapper
    public RestResponse<Problem> lifecycle(LifecycleException e, UriInfo uri) {
        return respond(Problem.of(
                "illegal-transition",
                409,
                "Step not allowed",
                "Langkah tidak diperbolehkan",
                e.getMessage(),
                e.messageId(),
                e.code(),
                path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(RequestNotFoundException e, UriInfo uri) {
        return respond(Problem.of(
                "not-found",
                404,
                "Not found",
                "Tidak ditemukan",
                e.getMessage(),
                "Permohonan tidak ditemukan.",
                "not-found",
                path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> accessDenied(AccessDeniedException e, UriInfo uri) {
        return respond(Problem.of(
                "forbidden", 403, "Forbidden", "Akses ditolak", e.getMessage(), e.messageId(), e.code(), path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> idempotencyConflict(IdempotencyConflictException e, UriInfo uri) {
        return respond(Problem.of(
                "idempotency-conflict",
                422,
                "Idempotency-Key reused",
                "Idempotency-Key dipakai ulang",
                "This Idempotency-Key was already used for a different submission.",
                "Idempotency-Key ini sudah dipakai untuk permohonan yang berbeda.",
                "idempotency-key-reused",
                path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> intakeBusy(IntakeBusyException e, UriInfo uri) {
        return common.unavailable(true, e, uri);
    }
}
