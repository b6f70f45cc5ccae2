package id.go.cilegon.ppid.contracts.sla;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A legal deadline passed and the matter was escalated (OPD desk → PPID Utama → Atasan PPID).
 *
 * @param requestId          the request's id, also the Kafka key
 * @param sequence           notification-service's own per-request event number
 * @param clock              which deadline
 * @param dueDate            the deadline that passed
 * @param workingDaysOverdue working days since the deadline
 * @param opdCode            the OPD responsible, if assigned
 * @param escalatedTo        who the matter was escalated to
 * @param raisedAt           when the breach was raised
 */
public record SlaBreached(
        UUID requestId,
        long sequence,
        SlaClock clock,
        LocalDate dueDate,
        int workingDaysOverdue,
        String opdCode,
        Recipient escalatedTo,
        Instant raisedAt)
        implements RequestEvent {

    public SlaBreached {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dueDate, "dueDate");
        Checks.notNegative(workingDaysOverdue, "workingDaysOverdue");
        Checks.optionalOpdCode(opdCode, "opdCode");
        Objects.requireNonNull(escalatedTo, "escalatedTo");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
