package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The row lock of a request, taken first by every consumer (before its clocks and steps) so consumers and the
 * sweep, which claims a step together with its request, always lock in the same order.
 */
@ApplicationScoped
public class Requests {

    @Inject
    EntityManager em;

    /** The request's row, created as a placeholder when this is the first event seen of it, locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TrackedRequest lock(UUID requestId, Instant now) {
        // Two consumers (request and routing topics) may meet a new request at once: insert-or-nothing, then lock.
        em.createNativeQuery("""
                insert into tracked_request (request_id, status, queued, request_sequence, routing_sequence, updated_at)
                values (?1, 'NEW', false, 0, 0, ?2) on conflict do nothing""")
                .setParameter(1, requestId)
                .setParameter(2, now)
                .executeUpdate();
        return em.find(TrackedRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    }
}
