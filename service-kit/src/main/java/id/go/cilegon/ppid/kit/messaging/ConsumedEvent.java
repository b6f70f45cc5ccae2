package id.go.cilegon.ppid.kit.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;

/**
 * A consumed Kafka record read as a CloudEvent: its metadata, key and raw payload, and, on a topic the broker stamps
 * ({@code LogAppendTime}), when the record reached the platform; null where the timestamp is the sender's own. A
 * tombstone (no value) has neither metadata nor payload.
 */
public record ConsumedEvent(EventMetadata meta, String key, byte[] payload, Instant arrivedAt) {

    /** Reads the envelope; throws {@link InvalidEventException} when the headers are not a CloudEvent. */
    public static ConsumedEvent of(ConsumerRecord<String, byte[]> record) {
        return new ConsumedEvent(
                CloudEventHeaders.read(record.headers()), record.key(), record.value(), arrivedAt(record));
    }

    /** A record without a value: the key's end on a compacted topic. */
    static ConsumedEvent tombstone(ConsumerRecord<String, byte[]> record) {
        return new ConsumedEvent(null, record.key(), null, arrivedAt(record));
    }

    public boolean isTombstone() {
        return payload == null;
    }

    public String type() {
        return meta.type();
    }

    public <T> T payload(Class<T> type) {
        return EventJson.read(payload, type);
    }

    /**
     * The payload as the catalog's record for this event's type, which must be a {@code kind}, checked to belong to
     * the record's key: a payload filed under another aggregate's key is a broken rule ({@link
     * EventRejectedException}), an unreadable one an {@link InvalidEventException}.
     */
    public <T extends EventPayload> T keyedPayload(Class<T> kind) {
        Object read = EventCatalog.read(type(), payload);
        if (!kind.isInstance(read)) {
            throw new IllegalArgumentException(type() + " is not a " + kind.getSimpleName());
        }
        T typed = kind.cast(read);
        if (!typed.key().equals(key)) {
            throw new EventRejectedException("Kafka key " + key + " does not match the payload's " + typed.key());
        }
        return typed;
    }

    private static Instant arrivedAt(ConsumerRecord<String, byte[]> record) {
        return record.timestampType() == TimestampType.LOG_APPEND_TIME
                ? Instant.ofEpochMilli(record.timestamp())
                : null;
    }
}
