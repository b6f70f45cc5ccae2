package id.go.cilegon.ppid.index.messaging;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jboss.logging.Logger;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventDefinition;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.InvalidEventException;

/**
 * Reads the CloudEvents headers and the payload of each consumed record and checks that the type belongs to the
 * topic and the payload to the key; anything else is marked for the dead-letter topic, so one bad record never
 * stops the application.
 */
final class ParseProcessor implements FixedKeyProcessor<String, byte[], Parsed> {

    private static final Logger LOG = Logger.getLogger(ParseProcessor.class);

    /** The contract topic the types must belong to (the configured name may be remapped). */
    private final String contractTopic;
    private FixedKeyProcessorContext<String, Parsed> context;

    ParseProcessor(String contractTopic) {
        this.contractTopic = contractTopic;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Parsed> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        try {
            context.forward(record.withValue(Parsed.ok(read(record))));
        } catch (InvalidEventException e) {
            fail(record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
        } catch (RuntimeException e) {
            // e.g. a payload that Jackson accepts but a record constructor rejects in an unexpected way
            fail(record, CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED, e);
        }
    }

    private InputEvent read(FixedKeyRecord<String, byte[]> record) {
        if (record.key() == null || record.key().isBlank()) {
            throw new InvalidEventException("record has no key; events are keyed by their aggregate id");
        }
        if (record.value() == null) {
            throw new InvalidEventException("record has no value (a tombstone on an event topic)");
        }
        EventMetadata meta = CloudEventHeaders.read(record.headers());
        EventDefinition definition = EventCatalog.byType(meta.type())
                .orElseThrow(() -> new InvalidEventException("unknown event type '" + meta.type() + "'"));
        if (!definition.topic().equals(contractTopic)) {
            throw new InvalidEventException("event type '" + meta.type() + "' belongs on " + definition.topic()
                    + ", not on " + contractTopic);
        }
        Object payload = EventCatalog.read(meta.type(), record.value());
        if (payload instanceof EventPayload event && !record.key().equals(event.key())) {
            throw new InvalidEventException("record key '" + record.key() + "' does not match the payload's key '"
                    + event.key() + "'");
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
