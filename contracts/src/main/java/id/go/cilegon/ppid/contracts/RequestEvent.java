package id.go.cilegon.ppid.contracts;

import java.util.UUID;

/** A payload that belongs to one request; keyed by the request id and numbered by its producer per request. */
public interface RequestEvent extends EventPayload {

    /** The request this event belongs to. */
    UUID requestId();

    /** The producer's per-request event sequence number, starting at 1, for ordering and deduplication. */
    long sequence();

    @Override
    default String key() {
        return requestId().toString();
    }
}
