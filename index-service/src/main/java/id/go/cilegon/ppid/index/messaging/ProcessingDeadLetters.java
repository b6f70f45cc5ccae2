package id.go.cilegon.ppid.index.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.kit.messaging.DeadLetterRecord;
import id.go.cilegon.ppid.kit.messaging.KafkaConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.jboss.logging.Logger;

/**
 * Kafka Streams' {@code processing.exception.handler}: a record that makes a processor of the topology throw (a case
 * the code did not foresee) is parked on {@code <input topic>.index-service.dlq} as it came, with the exception, and
 * processing goes on. Without it one such record would stop the stream thread on every retry. When it cannot be
 * parked (the broker is down), the thread fails and {@link StreamThreadPolicy} replaces it; the record comes again.
 */
public class ProcessingDeadLetters implements ProcessingExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ProcessingDeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> props = new HashMap<>();
    private KafkaProducer<byte[], byte[]> producer;

    @Override
    public void configure(Map<String, ?> configs) {
        props.putAll(KafkaConnection.settings(configs));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, Services.INDEX_SERVICE + "-dlq");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
    }

    /** Made at the first record to park (most runs park none); its I/O thread is a daemon and ends with the JVM. */
    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @Override
    public ProcessingHandlerResponse handle(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (context.sourceRawValue() == null && context.sourceRawKey() == null) {
            // Not a record of an input topic (a punctuation, the directory's global store): nothing to park.
            LOG.errorf(
                    exception, "Processor %s failed outside of an input record; going on", context.processorNodeId());
            return ProcessingHandlerResponse.CONTINUE;
        }
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(
                context.topic(),
                context.partition(),
                context.offset(),
                context.timestamp(),
                TimestampType.CREATE_TIME,
                ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE,
                context.sourceRawKey() == null ? null : new String(context.sourceRawKey(), StandardCharsets.UTF_8),
                context.sourceRawValue(),
                new RecordHeaders(context.headers().toArray()),
                Optional.empty());
        try {
            producer()
                    .send(DeadLetterRecord.of(
                            consumed,
                            Services.INDEX_SERVICE,
                            CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED,
                            exception,
                            DeadLetterRecord.DEFAULT_MAX_BYTES))
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProcessingHandlerResponse.FAIL;
        } catch (Exception e) {
            LOG.errorf(
                    e,
                    "Could not park %s[%d]@%d; the stream thread fails and the record comes again",
                    context.topic(),
                    context.partition(),
                    context.offset());
            return ProcessingHandlerResponse.FAIL;
        }
        LOG.errorf(
                exception,
                "Parked %s[%d]@%d: processor %s failed on it",
                context.topic(),
                context.partition(),
                context.offset(),
                context.processorNodeId());
        return ProcessingHandlerResponse.CONTINUE;
    }
}
