package id.go.cilegon.ppid.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code title} and {@code detail} are English; {@code title_id} and
 * {@code detail_id} say the same in Bahasa Indonesia; {@code violations} names each invalid field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        @JsonProperty("title_id") String titleId,
        @JsonProperty("detail_id") String detailId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://ppid.cilegon.go.id/problems/";

    /** One invalid field: its JSON path, a stable code, and the reason in both languages. */
    public record Violation(
            String field,
            String code,
            String message,
            @JsonProperty("message_id") String messageId) {
        static Violation of(FieldViolation violation) {
            return new Violation(violation.field(), violation.code(), violation.message(), violation.messageId());
        }
    }

    public static Problem of(
            String typeSlug,
            int status,
            String title,
            String titleId,
            String detail,
            String detailId,
            String code,
            String instance) {
        return new Problem(TYPE_BASE + typeSlug, title, status, detail, instance, code, titleId, detailId, null);
    }

    /** 400 naming each invalid field. */
    public static Problem invalid(List<FieldViolation> violations, String instance) {
        int n = violations.size();
        return new Problem(
                TYPE_BASE + "invalid-input",
                "Invalid input",
                400,
                n == 1 ? "1 field is invalid" : n + " fields are invalid",
                instance,
                "invalid-input",
                "Isian tidak valid",
                n + " isian tidak valid",
                violations.stream().map(Violation::of).toList());
    }

    /** A refusal with its code and reason in both languages. */
    public static Problem of(
            String typeSlug, int status, String title, String titleId, BilingualException refusal, String instance) {
        return of(
                typeSlug, status, title, titleId, refusal.getMessage(), refusal.messageId(), refusal.code(), instance);
    }
}
