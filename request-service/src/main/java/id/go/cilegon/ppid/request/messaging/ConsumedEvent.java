package id.go.cilegon.ppid.request.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;

/**
 * A consumed Kafka record read as a CloudEvent: its metadata, key and raw payload, and, on a topic the broker stamps
 * ({@code LogAppendTime}), when the record reached the platform; null where the timestamp is the sender's own.
 */
public record ConsumedEvent(EventMetadata meta, String key, byte[] payload, Instant arrivedAt) {

    /** Reads the envelope; throws {@link InvalidEventException} when the headers are not a CloudEvent. */
    public static ConsumedEvent of(ConsumerRecord<String, byte[]> record) {
        return new ConsumedEvent(CloudEventHeaders.read(record.headers()), record.key(), record.value(),
                record.timestampType() == TimestampType.LOG_APPEND_TIME ? Instant.ofEpochMilli(record.timestamp()) : null);
    }

    public <T> T payload(Class<T> type) {
        return EventJson.read(payload, type);
    }
}
