package id.go.cilegon.ppid.kit.outbox;

import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventDefinition;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes events into the outbox table ({@code outbox_event}) in the caller's transaction, so a state change and its
 * events commit or roll back together; {@link OutboxRelay} ships them after the commit, in order per key. The type and
 * topic of each event come from the contracts catalog, the topic's name from the service ({@link OutboxTopics}).
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_UP = new Object();

    @Inject
    EntityManager em;

    @Inject
    OutboxTopics topics;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * An event to append: its payload (a contracts record), message key and time; and, for an event published in
     * another party's name, its CloudEvents id and source (null: a new id, this service as the source).
     */
    public record Entry(Object payload, String key, Instant occurredAt, UUID eventId, String source) {

        public Entry(Object payload, String key, Instant occurredAt) {
            this(payload, key, occurredAt, null, null);
        }
    }

    /** Appends an event keyed by its aggregate ({@link EventPayload#key()}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(EventPayload payload, Instant occurredAt) {
        append(payload, payload.key(), occurredAt);
    }

    /** Appends an event with the message key {@code key}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Object payload, String key, Instant occurredAt) {
        appendAll(List.of(new Entry(payload, key, occurredAt)));
    }

    /**
     * Appends an event received from an outside party that the service checked and publishes in that party's name:
     * with the party's own event id (so its retries stay one event) and {@code source} (e.g. the OPD that
     * authenticated), not this service's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendOnBehalf(EventPayload payload, UUID eventId, String source, Instant occurredAt) {
        appendAll(List.of(new Entry(payload, payload.key(), occurredAt, eventId, source)));
    }

    /** Appends events in their order, in one round trip to the database. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<Entry> entries) {
        List<Row> rows = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            EventDefinition definition = EventCatalog.forPayload(entry.payload().getClass());
            rows.add(new Row(
                    topics.topicFor(definition.topic()),
                    entry.key(),
                    definition.type(),
                    entry.occurredAt(),
                    EventJson.write(entry.payload()),
                    entry.eventId(),
                    entry.source()));
        }
        insert(rows);
    }

    /** Appends a tombstone that erases {@code key} on a compacted topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendTombstone(String contractTopic, String eventType, String key, Instant occurredAt) {
        insert(List.of(new Row(topics.topicFor(contractTopic), key, eventType, occurredAt, null, null, null)));
    }

    /** One outbox row; the subject of the CloudEvent is the message key. */
    private record Row(
            String topic, String key, String type, Instant occurredAt, byte[] payload, UUID eventId, String source) {}

    private void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // A JDBC batch: the driver sends all rows before it waits for the first answer.
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, payload,
                                              event_source)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Row row : rows) {
                    insert.setObject(1, row.eventId() == null ? UUID.randomUUID() : row.eventId());
                    insert.setString(2, row.topic());
                    insert.setString(3, row.key());
                    insert.setString(4, row.type());
                    insert.setString(5, row.key());
                    insert.setObject(6, OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC));
                    insert.setBytes(7, row.payload());
                    insert.setString(8, row.source());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        // One wake-up per transaction, however many events it appended.
        if (transactions.getResource(WAKE_UP) != null) {
            return;
        }
        transactions.putResource(WAKE_UP, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
