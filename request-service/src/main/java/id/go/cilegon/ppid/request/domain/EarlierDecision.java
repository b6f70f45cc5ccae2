package id.go.cilegon.ppid.request.domain;

import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionSource;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ReceiptChannel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision that a corrected decision superseded after the Atasan PPID upheld an objection to it; kept with the
 * request as it was, never rewritten.
 *
 * @param number             its number on the request, 1 for the first answer
 * @param objectionDeadline  the applicant's last day to object to it, as it stood
 * @param noticeReceivedDate when the applicant received its notice; null if never known
 * @param supersededAt       when the corrected decision replaced it
 */
public record EarlierDecision(
        int number,
        DecisionType type,
        DecisionNotice notice,
        DecisionSource source,
        String opdCode,
        Instant decidedAt,
        LocalDate decidedDate,
        LocalDate objectionDeadline,
        LocalDate noticeReceivedDate,
        ReceiptChannel noticeReceivedVia,
        Instant supersededAt) {}
