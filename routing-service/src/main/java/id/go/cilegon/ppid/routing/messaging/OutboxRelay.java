package id.go.cilegon.ppid.routing.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.routing.config.OutboxConfig;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Ships outbox rows to Kafka in id order with an idempotent producer and deletes them once the
 * broker acknowledged them. Only one relay works at a time across replicas (a PostgreSQL advisory
 * lock), which keeps each request's events (and each OPD's directory entries) in order. While the broker is down rows simply wait:
 * a routing decision or directory change is never lost, its events flow when the broker returns.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key shared by all replicas of routing-service ("ppid-rto" in ASCII). */
    private static final long RELAY_LOCK = 0x707069642d72746fL;
    private static final String SOURCE = Services.source(Services.ROUTING_SERVICE);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry metrics;

    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;

    void start(@Observes StartupEvent event) {
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        // A strong reference: Micrometer holds plain gauges weakly, and the metric could vanish.
        Gauge.builder("ppid.routing.outbox.backlog", backlog, AtomicLong::get).strongReference(true).register(metrics);
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
    }

    /** Called after a transaction that wrote outbox rows committed, so events leave at once. */
    public void wakeUp() {
        wakeUps.release();
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> props = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (key.startsWith("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "routing-service-outbox");
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
                int shipped;
                do {
                    shipped = relayBatch();
                } while (shipped == config.batchSize() && running);
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), MAX_BACKOFF);
                LOG.warnf("Outbox relay could not ship events, retrying in %d ms: %s", backoff.toMillis(),
                        e.getMessage());
            }
        }
    }

    /** Ships one batch in one transaction; returns how many rows left the outbox. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select id, event_id, topic, message_key, event_type, subject, occurred_at, payload
                    from outbox_event order by id limit ?1""")
                    .setParameter(1, config.batchSize())
                    .getResultList();
            List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
            List<Long> ids = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                ids.add(((Number) row[0]).longValue());
                ProducerRecord<String, byte[]> record = new ProducerRecord<>((String) row[2], (String) row[3],
                        (byte[]) row[7]);
                CloudEventHeaders.write(record.headers(), new EventMetadata(row[1].toString(), SOURCE,
                        (String) row[4], toInstant(row[6]), (String) row[5]));
                Future<RecordMetadata> send = producer.send(record);
                if (send.isDone()) {
                    // Failed at once (e.g. no metadata while the broker is down): stop here instead of
                    // waiting the full timeout again for every remaining row.
                    send.get();
                }
                sends.add(send);
            }
            producer.flush();
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (Future<RecordMetadata> send : sends) {
                send.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            if (ids.isEmpty()) {
                // Nothing was there a moment ago: the backlog is empty without counting (the idle poll's case).
                backlog.set(0);
                return 0;
            }
            em.createNativeQuery("delete from outbox_event where id in (?1)").setParameter(1, ids).executeUpdate();
            backlog.set(((Number) em.createNativeQuery("select count(*) from outbox_event").getSingleResult())
                    .longValue());
            return ids.size();
        });
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
