package id.go.cilegon.ppid.routing.messaging;

import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventDefinition;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.routing.config.TopicConfig;
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
 * Writes events into the outbox table in the caller's transaction, so the state change and its
 * event commit or roll back together; {@link OutboxRelay} ships them after the commit.
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

    /** Appends an event whose type and topic come from the contracts catalog. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Object payload, String key, Instant occurredAt) {
        EventDefinition definition = EventCatalog.forPayload(payload.getClass());
        insert(topicFor(definition.topic()), key, definition.type(), key, occurredAt, EventJson.write(payload));
    }

    /** Appends a tombstone that erases {@code key} on a compacted topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendTombstone(String contractTopic, String eventType, String key, Instant occurredAt) {
        insert(topicFor(contractTopic), key, eventType, key, occurredAt, null);
    }

    private void insert(String topic, String key, String type, String subject, Instant occurredAt, byte[] payload) {
        em.createNativeQuery("""
                insert into outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, topic)
                .setParameter(3, key)
                .setParameter(4, type)
                .setParameter(5, subject)
                .setParameter(6, occurredAt)
                .setParameter(7, payload)
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

    private String topicFor(String contractTopic) {
        return switch (contractTopic) {
            case Topics.ROUTING_EVENTS -> topics.routingEvents();
            case Topics.DIRECTORY -> topics.directory();
            default -> throw new IllegalArgumentException("routing-service does not publish to " + contractTopic);
        };
    }
}
