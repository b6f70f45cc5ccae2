package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;

/**
 * Parks a consumed event that cannot be processed on {@code <topic>.notification-service.dlq}, with the
 * original key, value and headers and the reason in the dead-letter headers of contracts. The send
 * is confirmed before the consumer moves on, so a parked event is never lost.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private volatile KafkaProducer<byte[], byte[]> producer;

    public void park(ConsumerRecord<String, byte[]> record, String reason, Throwable error) {
        String topic = Topics.deadLetter(record.topic(), Services.NOTIFICATION_SERVICE);
        ProducerRecord<byte[], byte[]> parked = new ProducerRecord<>(topic, null,
                record.key() == null ? null : record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                record.value(), record.headers());
        CloudEventHeaders.writeDeadLetter(parked.headers(), reason, error, record.topic(), record.partition(),
                record.offset(), Services.NOTIFICATION_SERVICE);
        try {
            producer().send(parked).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parking an event", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not park an event on " + topic, e);
        }
        LOG.warnf("Parked %s[%d]@%d on %s: %s (%s)", record.topic(), record.partition(), record.offset(), topic, reason,
                error == null ? "-" : error.getMessage());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = new HashMap<>();
                    kafkaConfig.forEach((key, value) -> {
                        if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                                || key.startsWith("ssl.")) {
                            props.put(key, value);
                        }
                    });
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "notification-service-dlq");
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
