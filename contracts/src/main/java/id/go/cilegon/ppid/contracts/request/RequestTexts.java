package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.EventPayload;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the applicant asked for and why, in their own words: free text that may hold personal data, so it is not on the
 * request topic (kept forever) but on a compacted, access-restricted topic of its own, read by routing-service alone to
 * find the OPD that holds the information. A tombstone (null value) for the request id erases it.
 *
 * @param requestId          the request's id, also the Kafka key
 * @param informationDetails the information requested, in the applicant's words
 * @param purpose            what the applicant will use the information for
 * @param recordedAt         when the request (and so its texts) was received
 */
public record RequestTexts(UUID requestId, String informationDetails, String purpose, Instant recordedAt)
        implements EventPayload {

    public RequestTexts {
        Objects.requireNonNull(requestId, "requestId");
        Checks.text(informationDetails, "informationDetails", 4000);
        Checks.text(purpose, "purpose", 2000);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    @Override
    public String key() {
        return requestId.toString();
    }

    /** The applicant's words stay out of logs. */
    @Override
    public String toString() {
        return "RequestTexts[requestId=" + requestId + ", recordedAt=" + recordedAt + "]";
    }
}
