package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionSource;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The written notice answering the request was issued (UU 14/2008 Pasal 22(7)).
 *
 * @param requestId        the request's id, also the Kafka key
 * @param sequence         request-service's per-request event number
 * @param decision         the answer
 * @param notice           the content of the written notice
 * @param source           whether a PPID officer or an OPD system entered the decision
 * @param opdCode          the OPD that decided; required when the source is OPD_SYSTEM
 * @param decidedAt        when the notice was issued
 * @param decidedDate      the legal date of the notice in WIB
 * @param dueDate          the due date in force when deciding (after any extension)
 * @param onTime           whether decidedDate is on or before dueDate
 * @param workingDaysTaken working days from receipt to the notice
 * @param objectionDeadline the applicant's last day to object to this answer: 30 working days after it (Pasal 35-36(1));
 *                         null from older producers
 * @param provisional      which of the dates are estimates; null when all are final
 * @param decisionNumber   1 for the first answer; 2, 3, ... for a corrected decision after an upheld objection, which
 *                         supersedes the one before (both stay in the record); null from older producers (the first)
 */
public record RequestDecided(
        UUID requestId,
        long sequence,
        DecisionType decision,
        DecisionNotice notice,
        DecisionSource source,
        String opdCode,
        Instant decidedAt,
        LocalDate decidedDate,
        LocalDate dueDate,
        boolean onTime,
        int workingDaysTaken,
        LocalDate objectionDeadline,
        ProvisionalDates provisional,
        Integer decisionNumber)
        implements RequestEvent {

    public RequestDecided {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(source, "source");
        Checks.optionalOpdCode(opdCode, "opdCode");
        Checks.check(
                source != DecisionSource.OPD_SYSTEM || opdCode != null,
                "opdCode is required when the decision comes from an OPD system");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decidedDate, "decidedDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Checks.notNegative(workingDaysTaken, "workingDaysTaken");
        ProvisionalDates.among(provisional, "dueDate", "objectionDeadline");
        Checks.check(decisionNumber == null || decisionNumber >= 1, "decisionNumber must be 1 or more");
    }

    /** The event without the optional fields added later (tests, and producers that do not know them). */
    public RequestDecided(
            UUID requestId,
            long sequence,
            DecisionType decision,
            DecisionNotice notice,
            DecisionSource source,
            String opdCode,
            Instant decidedAt,
            LocalDate decidedDate,
            LocalDate dueDate,
            boolean onTime,
            int workingDaysTaken) {
        this(
                requestId,
                sequence,
                decision,
                notice,
                source,
                opdCode,
                decidedAt,
                decidedDate,
                dueDate,
                onTime,
                workingDaysTaken,
                null,
                null,
                null);
    }
}
