package id.go.cilegon.ppid.contracts.sla;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The applicant's message carrying a written notice (a decision, or the Atasan's answer to an objection) was delivered:
 * from that day the applicant's next window counts (Pasal 35, 37(2)). Carries no address or other personal data.
 *
 * @param requestId      the request the notice answers, also the Kafka key
 * @param sequence       notification-service's own per-request event number
 * @param notificationId the delivered message's id
 * @param notice         which notice
 * @param noticeNumber   its number on the request: the decision's or the objection's (1 for the first)
 * @param channel        how it was delivered
 * @param deliveredAt    when the mail server accepted it
 */
public record NoticeDelivered(
        UUID requestId,
        long sequence,
        UUID notificationId,
        WrittenNotice notice,
        int noticeNumber,
        Channel channel,
        Instant deliveredAt)
        implements RequestEvent {

    public NoticeDelivered {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(notice, "notice");
        Checks.check(noticeNumber >= 1, "noticeNumber must be 1 or more, got " + noticeNumber);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
