package id.go.cilegon.ppid.contracts.sla;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A message could not be delivered after all retries; carries no address or other personal data.
 *
 * @param requestId      the request the message was about, also the Kafka key
 * @param sequence       notification-service's own per-request event number
 * @param notificationId the failed notification's id
 * @param kind           the message template, e.g. {@code request-received}, {@code sla-warning}
 * @param channel        e-mail or webhook
 * @param recipient      the role the message was for
 * @param attempts       delivery attempts made
 * @param lastError      the last delivery error, without addresses or message content
 * @param failedAt       when delivery was given up
 */
public record NotificationFailed(
        UUID requestId,
        long sequence,
        UUID notificationId,
        String kind,
        Channel channel,
        Recipient recipient,
        int attempts,
        String lastError,
        Instant failedAt)
        implements RequestEvent {

    /** Message template names: lower-case words joined by hyphens. */
    public static final Pattern KIND = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

    public NotificationFailed {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Objects.requireNonNull(notificationId, "notificationId");
        Checks.matching(kind, KIND, "kind", 60);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Checks.check(attempts >= 1, "attempts must be 1 or more, got " + attempts);
        Checks.text(lastError, "lastError", 1000);
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
