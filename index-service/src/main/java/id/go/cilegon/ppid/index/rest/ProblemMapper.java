package id.go.cilegon.ppid.index.rest;

import static id.go.cilegon.ppid.kit.problem.CommonProblems.path;
import static id.go.cilegon.ppid.kit.problem.CommonProblems.respond;

import id.go.cilegon.ppid.index.service.NotFoundException;
import id.go.cilegon.ppid.index.service.NotReadyException;
import id.go.cilegon.ppid.kit.problem.Problem;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The refusals of this service's domain, as RFC 9457 problems in English and Bahasa Indonesia; the problems every
 * service answers alike are service-kit's {@code CommonProblems}.
 */
public class ProblemMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException e, UriInfo uri) {
        return respond(Problem.of(
                "not-found", 404, "Not found", "Tidak ditemukan", e.getMessage(), e.messageId(), e.code(), path(uri)));
    }

    /** The state is moving between instances or the owner did not answer: the client retries. */
    @ServerExceptionMapper
    public RestResponse<Problem> notReady(NotReadyException e, UriInfo uri) {
        Problem problem = Problem.of(
                "unavailable",
                503,
                "Index not available yet",
                "Indeks belum tersedia",
                e.getMessage(),
                e.messageId(),
                e.code(),
                path(uri));
        return RestResponse.ResponseBuilder.<Problem>create(503)
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", "5")
                .build();
    }
}
