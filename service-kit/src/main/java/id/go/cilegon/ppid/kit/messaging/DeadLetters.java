package id.go.cilegon.ppid.kit.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Parks a consumed event that cannot be processed on {@code <topic>.<service>.dlq} ({@link DeadLetterRecord}: the
 * original key, value and headers, the reason, cut to fit when the record came larger than a producer may send). The
 * send is confirmed before the consumer moves on, so a parked event is never lost. The service is
 * {@code quarkus.application.name}; the broker settings are the Kafka connector's.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @ConfigProperty(name = "ppid.dead-letters.max-bytes", defaultValue = "" + DeadLetterRecord.DEFAULT_MAX_BYTES)
    int maxBytes;

    private volatile KafkaProducer<byte[], byte[]> producer;

    public void park(ConsumerRecord<String, byte[]> record, String reason, Throwable error) {
        ProducerRecord<byte[], byte[]> parked = DeadLetterRecord.of(record, service, reason, error, maxBytes);
        try {
            producer().send(parked).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parking an event", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not park an event on " + parked.topic(), e);
        }
        LOG.warnf(
                "Parked %s[%d]@%d on %s: %s (%s)",
                record.topic(),
                record.partition(),
                record.offset(),
                parked.topic(),
                reason,
                error == null ? "-" : error.getMessage());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = KafkaConnection.settings(kafkaConfig);
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-dlq");
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
                }
            }
        }
        return producer;
    }

    void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
