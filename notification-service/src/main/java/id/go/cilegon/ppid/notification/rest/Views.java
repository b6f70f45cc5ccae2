package id.go.cilegon.ppid.notification.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.cilegon.ppid.contracts.sla.Channel;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.domain.Notification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Response bodies of the operator API; none carries an address or other personal data. */
public final class Views {

    private Views() {}

    /**
     * A running deadline.
     *
     * @param workingDaysLeft working days until the due date, negative when overdue
     * @param provisional     true when the due date is an estimate: counted through a year whose holiday decree is not
     *                        loaded yet (the earliest plausible date); absent when it is final
     * @param responsible     who must act: OPD_DESK (of {@code opdCode}), PPID_MAIN (not assigned, or in the
     *                        routing queue) or PPID_SUPERIOR (an objection)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadlineView(
            UUID requestId,
            String registrationNumber,
            SlaClock clock,
            LocalDate dueDate,
            int workingDaysLeft,
            Boolean provisional,
            String opdCode,
            boolean queued,
            Recipient responsible) {}

    /** Counts per OPD; {@code opdCode} absent for requests with the PPID Utama. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpdSummaryView(String opdCode, long upcoming, long dueToday, long overdue) {}

    /** A message and how its delivery went. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NotificationView(
            UUID id,
            UUID requestId,
            String kind,
            Channel channel,
            Recipient recipient,
            String opdCode,
            Notification.Status status,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant sentAt,
            Instant failedAt,
            int operatorRetries) {

        static NotificationView of(Notification n) {
            boolean opd = n.recipient == Recipient.OPD_DESK || n.recipient == Recipient.OPD_SYSTEM;
            return new NotificationView(
                    n.id,
                    n.requestId,
                    n.kind,
                    n.channel,
                    n.recipient,
                    opd ? n.recipientRef : null,
                    n.status,
                    n.attempts,
                    n.lastError,
                    n.createdAt,
                    n.status == Notification.Status.PENDING ? n.nextAttemptAt : null,
                    n.sentAt,
                    n.failedAt,
                    n.operatorRetries);
        }
    }
}
