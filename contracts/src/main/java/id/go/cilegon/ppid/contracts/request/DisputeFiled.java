package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The applicant took the matter to the Komisi Informasi (sengketa, UU 14/2008 Pasal 37); only dates are tracked.
 *
 * @param requestId            the request's id, also the Kafka key
 * @param sequence             request-service's per-request event number
 * @param filedDate            the date the dispute was filed with the Komisi Informasi
 * @param commissionCaseNumber the Komisi Informasi's register number, once known
 * @param withinDeadline       whether filedDate is within 14 working days of the objection answer
 * @param recordedAt           when the platform recorded the dispute
 */
public record DisputeFiled(
        UUID requestId,
        long sequence,
        LocalDate filedDate,
        String commissionCaseNumber,
        boolean withinDeadline,
        Instant recordedAt)
        implements RequestEvent {

    public DisputeFiled {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Objects.requireNonNull(filedDate, "filedDate");
        commissionCaseNumber = Checks.optionalText(commissionCaseNumber, "commissionCaseNumber", 100);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
