package id.go.cilegon.ppid.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** This service's own per-request event numbers ({@code event_sequence}), for the events it publishes. */
@ApplicationScoped
public class EventSequences {

    @Inject
    EntityManager em;

    /** The next number for {@code requestId}; the row lock orders concurrent callers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long next(UUID requestId) {
        return ((Number) em.createNativeQuery("""
                insert into event_sequence (request_id, last_sequence) values (?1, 1)
                on conflict (request_id) do update set last_sequence = event_sequence.last_sequence + 1
                returning last_sequence""").setParameter(1, requestId).getSingleResult()).longValue();
    }
}
