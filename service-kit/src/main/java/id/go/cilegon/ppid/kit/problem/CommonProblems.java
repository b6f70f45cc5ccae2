package id.go.cilegon.ppid.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.go.cilegon.ppid.kit.retry.TransientFailures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The problems every service answers alike, in English and Bahasa Indonesia: invalid input and JSON (400, naming the
 * field), no or a bad token (401), a role that may not (403), other HTTP errors, the database briefly unavailable or
 * busy (503 with {@code Retry-After}: nothing was changed, send the same call again), and anything unexpected (500,
 * logged). A service's own {@code ProblemMapper} adds its domain's refusals.
 */
public class CommonProblems {

    private static final Logger LOG = Logger.getLogger(CommonProblems.class);

    @ConfigProperty(name = "ppid.resilience.retry-after", defaultValue = "2s")
    Duration retryAfter;

    @ServerExceptionMapper
    public RestResponse<Problem> invalidInput(InvalidInputException e, UriInfo uri) {
        return respond(Problem.invalid(e.violations(), path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> ViolationMessages.of(v, ""))
                .toList();
        return respond(Problem.invalid(violations, path(uri)));
    }

    /** 429 with {@code Retry-After} in whole seconds: a limit on how often the caller may act. */
    @ServerExceptionMapper
    public RestResponse<Problem> tooManyRequests(TooManyRequestsException e, UriInfo uri) {
        long seconds = wholeSeconds(e.retryAfter());
        return RestResponse.ResponseBuilder.<Problem>create(429)
                .entity(Problem.of(
                        "too-many-requests",
                        429,
                        "Too many requests",
                        "Terlalu banyak permintaan",
                        e.getMessage(),
                        e.messageId(),
                        e.code(),
                        path(uri)))
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
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
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            if (mapping instanceof PlainTextInput.ControlCharacterException control) {
                return respond(Problem.invalid(
                        List.of(ViolationMessages.message(
                                field, "ppid.text.control", Map.of("character", control.character()))),
                        path(uri)));
            }
            String detail = mapping.getOriginalMessage() == null
                    ? ""
                    : mapping.getOriginalMessage().split("\n")[0];
            return respond(Problem.invalid(
                    List.of(ViolationMessages.message(field, "ppid.json.invalid", Map.of("detail", detail))),
                    path(uri)));
        }
        return respond(Problem.invalid(
                List.of(ViolationMessages.message("body", "ppid.json.malformed", Map.of())), path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // A path or query parameter that did not convert: 404 in JAX-RS, a 400 naming the parameter here.
            return respond(Problem.invalid(List.of(ParameterViolations.of(e.getCause(), uri)), path(uri)));
        }
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(Problem.of(
                "http-" + status, status, reason, reason, e.getMessage(), e.getMessage(), "http-" + status, path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(RuntimeException e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            return unavailable(TransientFailures.isAcquisitionTimeout(e), e, uri);
        }
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(Problem.of(
                "internal",
                500,
                "Internal error",
                "Kesalahan internal",
                "The request could not be processed; nothing was changed.",
                "Permintaan tidak dapat diproses; tidak ada data yang berubah.",
                "internal",
                path(uri)));
    }

    /**
     * 503: busy (no free pooled connection within the acquisition timeout, or a service's own queue is full) or the
     * database briefly unreachable, restarting or timing out a lock. Nothing was changed, and the same call (with the
     * same Idempotency-Key where the endpoint takes one) can simply be sent again after {@code Retry-After}
     * ({@code ppid.resilience.retry-after}).
     */
    public RestResponse<Problem> unavailable(boolean busy, RuntimeException e, UriInfo uri) {
        LOG.warnf("Answering 503 on %s: %s", path(uri), rootMessage(e));
        long seconds = wholeSeconds(retryAfter);
        Problem problem = Problem.of(
                "service-unavailable",
                503,
                "Service temporarily unavailable",
                "Layanan sementara tidak tersedia",
                (busy ? "The service is busy" : "The database is temporarily unavailable")
                        + "; nothing was changed. Please try again in " + seconds + " seconds"
                        + " (a call sent again with the same Idempotency-Key takes effect only once).",
                (busy ? "Layanan sedang sibuk" : "Basis data sementara tidak tersedia")
                        + "; tidak ada data yang berubah. Silakan coba lagi dalam " + seconds + " detik"
                        + " (panggilan yang dikirim ulang dengan Idempotency-Key yang sama hanya berlaku sekali).",
                busy ? "database-busy" : "database-unavailable",
                path(uri));
        return RestResponse.ResponseBuilder.<Problem>create(503)
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .build();
    }

    /** A {@code Retry-After} value: whole seconds, rounded up, at least one. */
    private static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** The problem as the response, with its status and media type. */
    public static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    /** The request's path as a problem's {@code instance}. */
    public static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
