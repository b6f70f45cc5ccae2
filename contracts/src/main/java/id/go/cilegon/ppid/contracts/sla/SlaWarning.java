package id.go.cilegon.ppid.contracts.sla;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A legal deadline is near and a reminder was sent.
 *
 * @param requestId       the request's id, also the Kafka key
 * @param sequence        notification-service's own per-request event number, starting at 1
 * @param clock           which deadline
 * @param dueDate         the deadline
 * @param workingDaysLeft working days left until the deadline; 0 on the day itself
 * @param opdCode         the OPD responsible, if assigned
 * @param notified        who was reminded
 * @param raisedAt        when the warning was raised
 */
public record SlaWarning(
        UUID requestId,
        long sequence,
        SlaClock clock,
        LocalDate dueDate,
        int workingDaysLeft,
        String opdCode,
        Recipient notified,
        Instant raisedAt)
        implements RequestEvent {

    public SlaWarning {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dueDate, "dueDate");
        Checks.notNegative(workingDaysLeft, "workingDaysLeft");
        Checks.optionalOpdCode(opdCode, "opdCode");
        Objects.requireNonNull(notified, "notified");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
