package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import id.go.cilegon.ppid.contracts.common.ReceiptChannel;
import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The applicant received a written notice, first known on this day: the window that counts from it (30 working days to
 * object to a decision, Pasal 35-36(1); 14 to go to the Komisi Informasi after the Atasan's answer, Pasal 37(2)) now
 * ends on {@code windowEnd}. A window only grows: counted from the decision's own date until a receipt is known.
 *
 * @param requestId    the request's id, also the Kafka key
 * @param sequence     request-service's per-request event number
 * @param notice       which notice
 * @param noticeNumber the decision's or the objection's number on the request
 * @param receivedDate the day the applicant received it (WIB)
 * @param channel      how: e-mail delivered, collected at the desk, opened in the portal, delivered by post
 * @param windowEnd    the applicant's last day: to object (DECISION) or to go to the Komisi Informasi
 *                     (OBJECTION_ANSWER)
 * @param provisional  whether {@code windowEnd} is an estimate; null when final
 * @param recordedAt   when the platform learned of the receipt
 */
public record NoticeReceived(
        UUID requestId,
        long sequence,
        WrittenNotice notice,
        int noticeNumber,
        LocalDate receivedDate,
        ReceiptChannel channel,
        LocalDate windowEnd,
        ProvisionalDates provisional,
        Instant recordedAt)
        implements RequestEvent {

    public NoticeReceived {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Objects.requireNonNull(notice, "notice");
        Checks.check(noticeNumber >= 1, "noticeNumber must be 1 or more, got " + noticeNumber);
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Checks.check(windowEnd.isAfter(receivedDate), "windowEnd must be after receivedDate");
        ProvisionalDates.among(provisional, "windowEnd");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
