package id.go.cilegon.ppid.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The events the producer refused ({@code outbox_quarantine}), which hold back the later events of their key: listed
 * for an operator, who releases one (back to the outbox, first of its key, once the cause is fixed, e.g. a topic's
 * size limit raised) or drops it (its key's later events then flow). The payload is never shown: on some topics it
 * holds personal data.
 */
@ApplicationScoped
public class OutboxQuarantine {

    private static final Logger LOG = Logger.getLogger(OutboxQuarantine.class);

    @Inject
    EntityManager em;

    @Inject
    OutboxRelay relay;

    /** A quarantined event, without its payload. */
    public record QuarantinedEvent(
            long id,
            UUID eventId,
            String topic,
            String key,
            String eventType,
            Instant occurredAt,
            int payloadBytes,
            int attempts,
            String lastError,
            Instant quarantinedAt,
            long heldBack) {}

    /** The quarantined events, oldest first, with how many later events of their key wait behind each. */
    @Transactional
    public List<QuarantinedEvent> list(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select q.id, q.event_id, q.topic, q.message_key, q.event_type, q.occurred_at,
                       coalesce(octet_length(q.payload), 0), q.attempts, q.last_error, q.quarantined_at,
                       (select count(*) from outbox_event o where o.topic = q.topic and o.message_key = q.message_key)
                from outbox_quarantine q order by q.id limit ?1""").setParameter(1, limit).getResultList();
        return rows.stream()
                .map(r -> new QuarantinedEvent(
                        ((Number) r[0]).longValue(),
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        OutboxRelay.toInstant(r[5]),
                        ((Number) r[6]).intValue(),
                        ((Number) r[7]).intValue(),
                        (String) r[8],
                        OutboxRelay.toInstant(r[9]),
                        ((Number) r[10]).longValue()))
                .toList();
    }

    /** Puts event {@code id} back into the outbox with its tries reset; false when it is not in the quarantine. */
    @Transactional
    public boolean release(long id, String by) {
        int moved = em.createNativeQuery("""
                insert into outbox_event (id, event_id, topic, message_key, event_type, subject, occurred_at, payload,
                                          event_source)
                select id, event_id, topic, message_key, event_type, subject, occurred_at, payload, event_source
                from outbox_quarantine where id = ?1""").setParameter(1, id).executeUpdate();
        if (moved == 0) {
            return false;
        }
        em.createNativeQuery("delete from outbox_quarantine where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        LOG.warnf("Quarantined outbox event %d released by %s", id, by);
        relay.wakeUp();
        return true;
    }

    /** Deletes event {@code id} for good; false when it is not in the quarantine. */
    @Transactional
    public boolean drop(long id, String by) {
        int dropped = em.createNativeQuery("delete from outbox_quarantine where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        if (dropped == 1) {
            LOG.warnf("Quarantined outbox event %d dropped by %s; the later events of its key flow again", id, by);
            relay.wakeUp();
        }
        return dropped == 1;
    }
}
