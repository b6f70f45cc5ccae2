package id.go.cilegon.ppid.request.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.Problem;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import id.go.cilegon.ppid.kit.retry.TransientFailures;
import id.go.cilegon.ppid.request.config.ResilienceConfig;
import id.go.cilegon.ppid.request.domain.LifecycleException;
import id.go.cilegon.ppid.request.service.AccessDeniedException;
import id.go.cilegon.ppid.request.service.IdempotencyConflictException;
import id.go.cilegon.ppid.request.service.IntakeBusyException;
import id.go.cilegon.ppid.request.service.RequestNotFoundException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error this service answers, as an RFC 9457 problem in English and Bahasa Indonesia. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    ResilienceConfig resilience;

    @ServerExceptionMapper
    public RestResponse<Problem> invalidInput(InvalidInputException e, UriInfo uri) {
        return respond(Problem.invalid(e.violations(), path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> ViolationMessages.of(v, "")).toList();
        return respond(Problem.invalid(violations, path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> lifecycle(LifecycleException e, UriInfo uri) {
        return respond(Problem.of("illegal-transition", 409, "Step not allowed", "Langkah tidak diperbolehkan",
                e.getMessage(), e.messageId(), e.code(), path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(RequestNotFoundException e, UriInfo uri) {
        return respond(Problem.of("not-found", 404, "Not found", "Tidak ditemukan", e.getMessage(),
                "Permohonan tidak ditemukan.", "not-found", path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> accessDenied(AccessDeniedException e, UriInfo uri) {
        return respond(Problem.of("forbidden", 403, "Forbidden", "Akses ditolak", e.getMessage(), e.messageId(),
                e.code(), path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> idempotencyConflict(IdempotencyConflictException e, UriInfo uri) {
        return respond(Problem.of("idempotency-conflict", 422, "Idempotency-Key reused", "Idempotency-Key dipakai ulang",
                "This Idempotency-Key was already used for a different submission.",
                "Idempotency-Key ini sudah dipakai untuk permohonan yang berbeda.", "idempotency-key-reused",
                path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of("forbidden", 403, "Forbidden", "Akses ditolak",
                "Your role does not allow this action.", "Peran Anda tidak diizinkan melakukan tindakan ini.",
                "role-not-allowed", path(uri)));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public RestResponse<Problem> unauthorized(RuntimeException e, UriInfo uri) {
        return respond(Problem.of("unauthorized", 401, "Authentication required", "Perlu autentikasi",
                "Send a valid bearer token.", "Kirim bearer token yang sah.", "unauthorized", path(uri)));
    }

    /** Also replaces Quarkus' built-in mapper for wrong JSON types and unknown enum values. */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> badJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String detail = mapping.getOriginalMessage() == null ? "" : mapping.getOriginalMessage().split("\n")[0];
            return respond(Problem.invalid(List.of(ViolationMessages.message(field, "ppid.json.invalid",
                    Map.of("detail", detail))), path(uri)));
        }
        return respond(Problem.invalid(List.of(ViolationMessages.message("body", "ppid.json.malformed", Map.of())),
                path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        return respond(Problem.of("http-" + status, status, e.getResponse().getStatusInfo().getReasonPhrase(),
                e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), e.getMessage(), "http-" + status,
                path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> intakeBusy(IntakeBusyException e, UriInfo uri) {
        return unavailable(true, e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(RuntimeException e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            return unavailable(TransientFailures.isAcquisitionTimeout(e), e, uri);
        }
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(Problem.of("internal", 500, "Internal error", "Kesalahan internal",
                "The request could not be processed; nothing was changed.",
                "Permintaan tidak dapat diproses; tidak ada data yang berubah.", "internal", path(uri)));
    }

    /**
     * Busy (the pool had no free connection within its acquisition timeout, or intake's queue is full) or the
     * database is briefly unreachable, restarting or timed out a lock: nothing was changed, and the same call
     * (with the same Idempotency-Key for a submission) can simply be sent again after Retry-After.
     */
    private RestResponse<Problem> unavailable(boolean busy, RuntimeException e, UriInfo uri) {
        LOG.warnf("Answering 503 on %s: %s", path(uri), rootMessage(e));
        long seconds = Math.max(1, (resilience.retryAfter().toMillis() + 999) / 1000);
        Problem problem = Problem.of("service-unavailable", 503, "Service temporarily unavailable",
                "Layanan sementara tidak tersedia",
                (busy ? "The service is busy" : "The database is temporarily unavailable")
                        + "; nothing was changed. Please try again in " + seconds + " seconds"
                        + " (a submission with the same Idempotency-Key is registered only once).",
                (busy ? "Layanan sedang sibuk" : "Basis data sementara tidak tersedia")
                        + "; tidak ada data yang berubah. Silakan coba lagi dalam " + seconds + " detik"
                        + " (permohonan dengan Idempotency-Key yang sama hanya didaftarkan sekali).",
                busy ? "database-busy" : "database-unavailable", path(uri));
        return RestResponse.ResponseBuilder.<Problem>create(503).entity(problem).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status()).entity(problem).type(Problem.MEDIA_TYPE)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
