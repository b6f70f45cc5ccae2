package id.go.cilegon.ppid.contracts.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import id.go.cilegon.ppid.contracts.common.ObjectionGround;

/**
 * The applicant filed an objection (keberatan) with the Atasan PPID (UU 14/2008 Pasal 35–36).
 *
 * @param requestId       the request's id, also the Kafka key
 * @param sequence        request-service's per-request event number
 * @param grounds         the Pasal 35(1) grounds invoked; at least one
 * @param statement       the applicant's statement of the objection
 * @param filedAt         when the objection was received
 * @param filedDate       the legal date of the objection in WIB
 * @param decisionDueDate the last day for the Atasan PPID to answer: 30 working days (Pasal 36(2))
 * @param opdCode         the OPD that handled the request; null if never assigned
 * @param provisional     which of the dates are estimates; null when all are final
 */
public record ObjectionFiled(
        UUID requestId,
        long sequence,
        List<ObjectionGround> grounds,
        String statement,
        Instant filedAt,
        LocalDate filedDate,
        LocalDate decisionDueDate,
        String opdCode,
        ProvisionalDates provisional) implements RequestEvent {

    public ObjectionFiled {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        grounds = Checks.nonEmptyUniqueList(grounds, "grounds");
        Checks.text(statement, "statement");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(filedDate, "filedDate");
        Objects.requireNonNull(decisionDueDate, "decisionDueDate");
        Checks.optionalOpdCode(opdCode, "opdCode");
        ProvisionalDates.among(provisional, "decisionDueDate");
    }

    /** The event without the optional fields added later (tests, and producers that do not know them). */
    public ObjectionFiled(UUID requestId, long sequence, List<ObjectionGround> grounds, String statement, Instant filedAt,
            LocalDate filedDate, LocalDate decisionDueDate, String opdCode) {
        this(requestId, sequence, grounds, statement, filedAt, filedDate, decisionDueDate, opdCode, null);
    }
}
