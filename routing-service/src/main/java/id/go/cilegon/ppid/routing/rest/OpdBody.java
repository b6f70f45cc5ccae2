package id.go.cilegon.ppid.routing.rest;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.directory.OpdKind;
import id.go.cilegon.ppid.kit.net.PublicAddresses;
import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import id.go.cilegon.ppid.kit.validation.EmailAddress;
import id.go.cilegon.ppid.routing.service.OpdEntry;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OPD's directory entry as an admin or the PPID Utama writes it. {@code opdCode} is required when creating;
 * {@code version}, when sent with a change, must be the current version (optimistic concurrency).
 */
public record OpdBody(
        @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$", message = "{ppid.opd-code.invalid}")
        String opdCode,

        @NotBlank(message = "{ppid.required}") @Size(max = 300, message = "{ppid.size}")
        String name,

        @NotBlank(message = "{ppid.required}") @Size(max = 100, message = "{ppid.size}")
        String shortName,

        @NotNull(message = "{ppid.required}") OpdKind kind,

        @NotBlank(message = "{ppid.required}") @Size(min = 30, max = 8000, message = "{ppid.size}")
        String duties,

        @Size(max = 100, message = "{ppid.count}")
        List<@NotBlank(message = "{ppid.required}") @Size(max = 100, message = "{ppid.size}") String> keywords,

        @Size(max = 254, message = "{ppid.size}") @EmailAddress
        String deskEmail,

        @Pattern(regexp = "^\\+?[0-9][0-9 -]{4,19}$", message = "{ppid.phone.invalid}")
        String deskPhone,

        @Size(max = 500, message = "{ppid.size}") String webhookUrl,

        @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._/-]{0,252}$", message = "{ppid.secret-ref.invalid}")
        String webhookSecretRef,

        Boolean active,
        @Min(value = 1, message = "{ppid.version.invalid}") Long version) {

    /** The entry as the directory service takes it (after validation). */
    public OpdEntry toEntry() {
        return new OpdEntry(
                name, shortName, kind, duties, keywords, deskEmail, deskPhone, webhookUrl, webhookSecretRef, active);
    }

    /**
     * Rules that span fields or that annotations cannot say, as the directory contract checks them. A webhook URL is
     * https (plain http only where {@code allowHttp}, a developer's machine) and does not name an internal address;
     * notification-service checks the resolved address again at every call.
     */
    public List<FieldViolation> crossFieldViolations(boolean allowHttp) {
        List<FieldViolation> violations = new ArrayList<>();
        boolean hasUrl = webhookUrl != null && !webhookUrl.isBlank();
        if (hasUrl) {
            webhookUrlViolation(webhookUrl.strip(), allowHttp)
                    .ifPresent(key -> violations.add(ViolationMessages.message("webhookUrl", key, Map.of())));
            if (webhookSecretRef == null || webhookSecretRef.isBlank()) {
                violations.add(ViolationMessages.message("webhookSecretRef", "ppid.webhook.secret-required", Map.of()));
            }
        }
        return violations;
    }

    private static Optional<String> webhookUrlViolation(String url, boolean allowHttp) {
        try {
            Checks.optionalUrl(url, "webhookUrl");
        } catch (IllegalArgumentException e) {
            return Optional.of("ppid.url.invalid");
        }
        URI uri = URI.create(url);
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !allowHttp) {
            return Optional.of("ppid.url.https-required");
        }
        if (uri.getUserInfo() != null
                || PublicAddresses.literal(uri.getHost())
                        .filter(address -> !PublicAddresses.only().permits(address))
                        .isPresent()) {
            return Optional.of("ppid.url.internal");
        }
        return Optional.empty();
    }
}
