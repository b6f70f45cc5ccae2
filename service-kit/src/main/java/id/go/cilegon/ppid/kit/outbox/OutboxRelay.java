package id.go.cilegon.ppid.kit.outbox;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.kit.messaging.KafkaConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Ships outbox rows to Kafka in id order with an idempotent producer and deletes them once the broker acknowledged
 * them. Only one relay works at a time across a service's replicas (a PostgreSQL advisory lock), which keeps each key's
 * events in order. While the broker is down rows simply wait: an accepted change is never lost, its events leave when
 * the broker returns.
 *
 * <p>A row the producer refuses for itself (too large, an invalid topic: trying again cannot help) is tried
 * {@code ppid.outbox.max-attempts} times, then moved to {@code outbox_quarantine} with the error ({@link
 * OutboxQuarantine}). Rows of other keys keep flowing; later rows of the same key wait behind it, so a key's events
 * never arrive out of order, until an operator releases or drops it. Gauges {@code ppid_outbox_backlog{service}} and
 * {@code ppid_outbox_quarantined{service}}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final int MAX_ERROR_CHARS = 2000;

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong quarantined = new AtomicLong();
    private final List<Gauge> gauges = new ArrayList<>();
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;

    void start(@Observes StartupEvent event) {
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        gauges.add(Gauge.builder("ppid.outbox.backlog", backlog, AtomicLong::get)
                .description("Events accepted but not yet acknowledged by Kafka")
                .tag("service", service)
                .strongReference(true)
                .register(metrics));
        gauges.add(Gauge.builder("ppid.outbox.quarantined", quarantined, AtomicLong::get)
                .description("Events the producer refused, set aside until an operator releases or drops them")
                .tag("service", service)
                .strongReference(true)
                .register(metrics));
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(config.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
        // A registry that outlives this application (several in one JVM, as in tests) would keep reading the stopped
        // relay's counts; a gauge registered again with the same name would be that old one.
        gauges.forEach(metrics::remove);
    }

    /** Called after a transaction that wrote outbox rows committed, so events leave at once. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** The advisory lock all replicas of this service share: "ppid" and the hash of the service's name. */
    long lockKey() {
        return 0x7070696400000000L | (service.hashCode() & 0xFFFFFFFFL);
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> props = KafkaConnection.settings(kafkaConfig);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-outbox");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        int timeout = (int) config.sendTimeout().toMillis();
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 2));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        return props;
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                long wait = backoff.isZero() ? config.pollInterval().toMillis() : backoff.toMillis();
                wakeUps.tryAcquire(wait, TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                int handled;
                do {
                    handled = relayBatch();
                } while (handled == config.batchSize() && running);
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), MAX_BACKOFF);
                LOG.warnf(
                        "Outbox relay could not ship events, retrying in %d ms: %s",
                        backoff.toMillis(), e.getMessage());
            }
        }
    }

    /** A row being shipped. */
    private record Shipment(long id, String topicAndKey, Future<RecordMetadata> send) {}

    /**
     * Ships one batch in one transaction; returns how many rows it settled (shipped, or refused by the producer).
     * Rows of a key whose earlier row was refused, or is in the quarantine, are not sent.
     */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, lockKey())
                    .getSingleResult();
            if (!locked) {
                // Another replica relays; still report the counts so every replica's gauges are current.
                updateGauges();
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select o.id, o.event_id, o.topic, o.message_key, o.event_type, o.subject, o.occurred_at, o.payload,
                           o.event_source
                    from outbox_event o
                    where not exists (select 1 from outbox_quarantine q
                                      where q.topic = o.topic and q.message_key = o.message_key)
                    order by o.id limit ?1""")
                    .setParameter(1, config.batchSize())
                    .getResultList();
            Set<String> held = new HashSet<>();
            Map<Long, Throwable> refused = new HashMap<>();
            List<Shipment> shipments = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                String topicAndKey = row[2] + "\u0000" + row[3];
                if (held.contains(topicAndKey)) {
                    continue;
                }
                ProducerRecord<String, byte[]> record =
                        new ProducerRecord<>((String) row[2], (String) row[3], (byte[]) row[7]);
                CloudEventHeaders.write(
                        record.headers(),
                        new EventMetadata(
                                row[1].toString(),
                                row[8] == null ? Services.source(service) : (String) row[8],
                                (String) row[4],
                                toInstant(row[6]),
                                (String) row[5]));
                Future<RecordMetadata> send = producer.send(record);
                if (send.isDone()) {
                    // Failed at once: refused by the producer itself (too large), or no metadata while the broker is
                    // down, which fails the batch here instead of waiting the full timeout for every remaining row.
                    Throwable refusal = refusal(send);
                    if (refusal != null) {
                        refused.put(id, refusal);
                        held.add(topicAndKey);
                        continue;
                    }
                }
                shipments.add(new Shipment(id, topicAndKey, send));
            }
            producer.flush();
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            List<Long> shipped = new ArrayList<>(shipments.size());
            for (Shipment shipment : shipments) {
                try {
                    shipment.send().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    shipped.add(shipment.id());
                } catch (ExecutionException e) {
                    if (!isRefusal(e.getCause())) {
                        throw e;
                    }
                    // Refused by the broker (a topic's own size limit): later rows of the key may be out already.
                    refused.put(shipment.id(), e.getCause());
                    LOG.errorf(
                            "Outbox row %d refused by the broker after later rows of its key were sent: %s",
                            shipment.id(), e.getCause().getMessage());
                }
            }
            if (!shipped.isEmpty()) {
                em.createNativeQuery("delete from outbox_event where id in (?1)")
                        .setParameter(1, shipped)
                        .executeUpdate();
            }
            refused.forEach(this::attemptFailed);
            updateGauges();
            return shipped.size() + refused.size();
        });
    }

    /** The producer's refusal of a failed send, or null; a failure of the broker or the network is thrown. */
    private static Throwable refusal(Future<RecordMetadata> send) throws InterruptedException, ExecutionException {
        try {
            send.get();
            return null;
        } catch (ExecutionException e) {
            if (isRefusal(e.getCause())) {
                return e.getCause();
            }
            throw e;
        }
    }

    /** Whether trying the same row again cannot help: the record itself is wrong for the producer or the broker. */
    static boolean isRefusal(Throwable error) {
        return error instanceof RecordTooLargeException
                || error instanceof RecordBatchTooLargeException
                || error instanceof InvalidTopicException
                || error instanceof SerializationException
                || error instanceof InvalidRecordException;
    }

    /** Counts a refused try of row {@code id}; at the last try the row goes to the quarantine. */
    private void attemptFailed(long id, Throwable error) {
        String text = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        int attempts = ((Number) em.createNativeQuery("""
                update outbox_event set attempts = attempts + 1, last_error = ?2 where id = ?1 returning attempts""")
                        .setParameter(1, id)
                        .setParameter(2, truncate(text))
                        .getSingleResult())
                .intValue();
        if (attempts < config.maxAttempts()) {
            LOG.warnf("Outbox row %d refused (try %d of %d): %s", id, attempts, config.maxAttempts(), text);
            return;
        }
        em.createNativeQuery("""
                insert into outbox_quarantine (id, event_id, topic, message_key, event_type, subject, occurred_at,
                                               payload, event_source, attempts, last_error, quarantined_at)
                select id, event_id, topic, message_key, event_type, subject, occurred_at, payload, event_source,
                       attempts, last_error, now()
                from outbox_event where id = ?1""").setParameter(1, id).executeUpdate();
        em.createNativeQuery("delete from outbox_event where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        LOG.errorf(
                "Outbox row %d quarantined after %d tries; later events of its key wait behind it until it is "
                        + "released or dropped (/admin/outbox/quarantine): %s",
                id, attempts, text);
    }

    private void updateGauges() {
        backlog.set(((Number) em.createNativeQuery("select count(*) from outbox_event")
                        .getSingleResult())
                .longValue());
        quarantined.set(((Number) em.createNativeQuery("select count(*) from outbox_quarantine")
                        .getSingleResult())
                .longValue());
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS);
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
