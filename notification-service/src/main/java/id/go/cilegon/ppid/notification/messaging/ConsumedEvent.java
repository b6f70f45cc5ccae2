package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A consumed Kafka record read as a CloudEvent: its metadata, key and raw payload. */
public record ConsumedEvent(EventMetadata meta, String key, byte[] payload) {

    /** Reads the envelope; throws {@link InvalidEventException} when the headers are not a CloudEvent. */
    public static ConsumedEvent of(ConsumerRecord<String, byte[]> record) {
        return new ConsumedEvent(CloudEventHeaders.read(record.headers()), record.key(), record.value());
    }

    public <T> T payload(Class<T> type) {
        return EventJson.read(payload, type);
    }
}
