package id.go.cilegon.ppid.notification.rest;

import static id.go.cilegon.ppid.kit.problem.CommonProblems.path;
import static id.go.cilegon.ppid.kit.problem.CommonProblems.respond;

import id.go.cilegon.ppid.kit.problem.CommonProblems;
import id.go.cilegon.ppid.kit.problem.Problem;
import id.go.cilegon.ppid.notification.service.AccessDeniedException;
import id.go.cilegon.ppid.notification.service.NotFoundException;
import id.go.cilegon.ppid.notification.service.StateConflictException;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The refusals of notification-service's domain, as RFC 9457 problems in English and Bahasa Indonesia; the problems
 * every service answers alike (invalid input, 401, 403, 503, 500) are service-kit's {@link CommonProblems}.
 */
public class ProblemMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException e, UriInfo uri) {
        return respond(Problem.of(
                "not-found", 404, "Not found", "Tidak ditemukan", e.getMessage(), e.messageId(), e.code(), path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> conflict(StateConflictException e, UriInfo uri) {
        return respond(Problem.of(
                "conflict",
                409,
                "Not possible now",
                "Tidak dapat dilakukan sekarang",
                e.getMessage(),
                e.messageId(),
                e.code(),
                path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> accessDenied(AccessDeniedException e, UriInfo uri) {
        return respond(Problem.of(
                "forbidden", 403, "Forbidden", "Akses ditolak", e.getMessage(), e.messageId(), e.code(), path(uri)));
    }
}
