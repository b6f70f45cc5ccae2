package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventDefinition;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.notification.config.TopicConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes SLA events into the outbox table in the caller's transaction, so a reminder's bookkeeping and its event
 * commit or roll back together; {@link OutboxRelay} ships them after the commit.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_UP = new Object();

    @Inject
    EntityManager em;

    @Inject
    TopicConfig topics;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** The next of this service's own per-request event numbers; the row lock orders concurrent callers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextSequence(UUID requestId) {
        return ((Number) em.createNativeQuery("""
                insert into event_sequence (request_id, last_sequence) values (?1, 1)
                on conflict (request_id) do update set last_sequence = event_sequence.last_sequence + 1
                returning last_sequence""")
                .setParameter(1, requestId).getSingleResult()).longValue();
    }

    /** Appends an SLA event; its type and topic come from the contracts catalog. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(RequestEvent payload, Instant occurredAt) {
        EventDefinition definition = EventCatalog.forPayload(payload.getClass());
        if (!Topics.SLA_EVENTS.equals(definition.topic())) {
            throw new IllegalArgumentException("notification-service does not publish to " + definition.topic());
        }
        String key = payload.key();
        em.createNativeQuery("""
                insert into outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, topics.slaEvents())
                .setParameter(3, key)
                .setParameter(4, definition.type())
                .setParameter(5, key)
                .setParameter(6, occurredAt)
                .setParameter(7, EventJson.write(payload))
                .executeUpdate();
        // One wake-up per transaction, however many events a consumed batch appended.
        if (transactions.getResource(WAKE_UP) != null) {
            return;
        }
        transactions.putResource(WAKE_UP, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
