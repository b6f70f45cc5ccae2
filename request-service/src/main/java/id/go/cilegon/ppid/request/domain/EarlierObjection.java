package id.go.cilegon.ppid.request.domain;

import id.go.cilegon.ppid.contracts.common.ObjectionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.contracts.common.ReceiptChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An objection that a later objection (to a later decision) followed; kept with the request as it was.
 *
 * @param number             its number on the request, 1 for the first
 * @param againstDecision    the number of the decision it objected to; 0 when it objected to no answer (grounds c, g)
 * @param answerReceivedDate when the applicant received the Atasan's answer; null if never known
 */
public record EarlierObjection(
        int number,
        int againstDecision,
        List<ObjectionGround> grounds,
        String statement,
        Instant filedAt,
        LocalDate filedDate,
        LocalDate decisionDueDate,
        Boolean late,
        LocalDate windowEnd,
        ObjectionOutcome outcome,
        String reasons,
        Instant decidedAt,
        LocalDate decidedDate,
        LocalDate disputeDeadline,
        LocalDate answerReceivedDate,
        ReceiptChannel answerReceivedVia) {

    /** The same objection without the applicant's words (erasure of personal data). */
    public EarlierObjection withoutStatement() {
        return new EarlierObjection(
                number,
                againstDecision,
                grounds,
                null,
                filedAt,
                filedDate,
                decisionDueDate,
                late,
                windowEnd,
                outcome,
                reasons,
                decidedAt,
                decidedDate,
                disputeDeadline,
                answerReceivedDate,
                answerReceivedVia);
    }
}
