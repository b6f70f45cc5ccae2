package id.go.cilegon.ppid.index.rest;

import id.go.cilegon.ppid.index.service.AccessDeniedException;
import id.go.cilegon.ppid.index.service.NotFoundException;
import id.go.cilegon.ppid.index.service.NotReadyException;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error this service answers, as an RFC 9457 problem in English and Bahasa Indonesia. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public RestResponse<Problem> invalidInput(InvalidInputException e, UriInfo uri) {
        return respond(Problem.invalid(e.violations(), path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException e, UriInfo uri) {
        return respond(Problem.of(
                "not-found", 404, "Not found", "Tidak ditemukan", e.getMessage(), e.messageId(), e.code(), path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> accessDenied(AccessDeniedException e, UriInfo uri) {
        return respond(Problem.of(
                "forbidden", 403, "Forbidden", "Akses ditolak", e.getMessage(), e.messageId(), e.code(), path(uri)));
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

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(
                "forbidden",
                403,
                "Forbidden",
                "Akses ditolak",
                "Your role does not allow this action.",
                "Peran Anda tidak diizinkan melakukan tindakan ini.",
                "role-not-allowed",
                path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public RestResponse<Problem> unauthorized(RuntimeException e, UriInfo uri) {
        return respond(Problem.of(
                "unauthorized",
                401,
                "Authentication required",
                "Perlu autentikasi",
                "Send a valid bearer token.",
                "Kirim bearer token yang sah.",
                "unauthorized",
                path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(Problem.of(
                "http-" + status, status, reason, reason, e.getMessage(), e.getMessage(), "http-" + status, path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(Problem.of(
                "internal",
                500,
                "Internal error",
                "Kesalahan internal",
                "The request could not be processed.",
                "Permintaan tidak dapat diproses.",
                "internal",
                path(uri)));
    }

    private static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
