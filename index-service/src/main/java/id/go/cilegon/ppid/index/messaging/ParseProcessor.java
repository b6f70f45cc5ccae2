package id.go.cilegon.ppid.index.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventDefinition;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Reads the CloudEvents headers and the payload of each consumed record and checks that the payload belongs to the
 * key; a record that cannot be read is marked for the dead-letter topic, so one bad record never stops the
 * application. A type that is not one of this topic's in the catalog (a producer may publish a new type before
 * index-service knows it) is skipped and counted, as every consumer of the platform does.
 */
final class ParseProcessor implements FixedKeyProcessor<String, byte[], Parsed> {

    private static final Logger LOG = Logger.getLogger(ParseProcessor.class);

    /** The contract topic the types must belong to (the configured name may be remapped). */
    private final String contractTopic;

    private final Consumer<String> skipped;
    private FixedKeyProcessorContext<String, Parsed> context;

    /** @param skipped told the topic of each record skipped for its type */
    ParseProcessor(String contractTopic, Consumer<String> skipped) {
        this.contractTopic = contractTopic;
        this.skipped = skipped;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Parsed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        try {
            InputEvent event = read(record);
            if (event != null) {
                context.forward(record.withValue(Parsed.ok(event)));
            }
        } catch (InvalidEventException e) {
            fail(record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
        } catch (RuntimeException e) {
            // e.g. a payload that Jackson accepts but a record constructor rejects in an unexpected way
            fail(record, CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED, e);
        }
    }

    /** The event, or null when its type is not one this topic carries (skipped). */
    private InputEvent read(FixedKeyRecord<String, byte[]> record) {
        if (record.key() == null || record.key().isBlank()) {
            throw new InvalidEventException("record has no key; events are keyed by their aggregate id");
        }
        if (record.value() == null) {
            throw new InvalidEventException("record has no value (a tombstone on an event topic)");
        }
        EventMetadata meta = CloudEventHeaders.read(record.headers());
        Optional<EventDefinition> definition = EventCatalog.byType(meta.type());
        if (definition.isEmpty() || !definition.get().topic().equals(contractTopic)) {
            String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(contractTopic);
            skipped.accept(topic);
            LOG.debugf("Skipped a record of type %s on %s: not one of this topic's types", meta.type(), topic);
            return null;
        }
        Object payload = EventCatalog.read(meta.type(), record.value());
        if (payload instanceof EventPayload event && !record.key().equals(event.key())) {
            throw new InvalidEventException(
                    "record key '" + record.key() + "' does not match the payload's key '" + event.key() + "'");
        }
        return new InputEvent(meta.type(), meta.id(), meta.time(), payload);
    }

    private void fail(FixedKeyRecord<String, byte[]> record, String reason, RuntimeException error) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(contractTopic);
        int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
        LOG.warnf("Parking %s[%d]@%d: %s (%s)", topic, partition, offset, reason, error.getMessage());
        context.forward(record.withValue(new Parsed(null, record.value(), reason, error, topic, partition, offset)));
    }
}
