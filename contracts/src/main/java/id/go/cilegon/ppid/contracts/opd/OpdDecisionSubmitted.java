package id.go.cilegon.ppid.contracts.opd;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An OPD system submitted its decision on a request; request-service accepts it only from the assigned OPD.
 *
 * @param opdCode           the deciding OPD, also the Kafka key
 * @param requestId         the request decided
 * @param decision          the answer
 * @param notice            the content of the written notice
 * @param decidedAt         when the OPD decided
 * @param externalReference the OPD system's own reference (e.g. its letter number), if any
 */
public record OpdDecisionSubmitted(
        String opdCode,
        UUID requestId,
        DecisionType decision,
        DecisionNotice notice,
        Instant decidedAt,
        String externalReference)
        implements EventPayload {

    public OpdDecisionSubmitted {
        Checks.opdCode(opdCode, "opdCode");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(decidedAt, "decidedAt");
        externalReference = Checks.optionalText(externalReference, "externalReference", 200);
    }

    @Override
    public String key() {
        return opdCode;
    }
}
