package id.go.cilegon.ppid.kit.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The copy of a consumed record that goes to {@code <topic>.<service>.dlq}: its key, value and headers, with the reason
 * and the record's origin in the dead-letter headers of contracts. It can always be sent: a record may have reached the
 * consumer far larger than a producer may send (a compressed batch is checked by the broker compressed, a producer
 * checks the record uncompressed), so a value that would not fit is cut to fit and the original size is said
 * ({@link CloudEventHeaders#DLQ_ORIGINAL_VALUE_BYTES}); headers that alone would not fit are left out
 * ({@link CloudEventHeaders#DLQ_HEADERS_DROPPED}). The whole record stays at its original topic, partition and offset.
 */
public final class DeadLetterRecord {

    /**
     * The most a parked record may weigh, below the producer's default {@code max.request.size} and the brokers'
     * default {@code max.message.bytes} (1 MiB), with room for the record's own overhead.
     */
    public static final int DEFAULT_MAX_BYTES = 900 * 1024;

    /** Room kept for the dead-letter headers themselves (reason, exception text up to 2,000 characters, origin). */
    private static final int DEAD_LETTER_HEADERS_BYTES = 4 * 1024;

    private DeadLetterRecord() {}

    /**
     * The record to park.
     *
     * @param record          the consumed record
     * @param consumerService the service that gives up on it, e.g. {@code request-service}
     * @param reason          {@link CloudEventHeaders#DLQ_REASON_INVALID_EVENT} or
     *                        {@link CloudEventHeaders#DLQ_REASON_PROCESSING_FAILED}
     * @param error           why, or null
     * @param maxBytes        the most the parked record may weigh (key, value and headers)
     */
    public static ProducerRecord<byte[], byte[]> of(
            ConsumerRecord<String, byte[]> record,
            String consumerService,
            String reason,
            Throwable error,
            int maxBytes) {
        String topic = Topics.deadLetter(record.topic(), consumerService);
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        int budget = maxBytes - DEAD_LETTER_HEADERS_BYTES - (key == null ? 0 : key.length);
        Headers headers = new RecordHeaders();
        int originalHeaders = size(record.headers());
        if (originalHeaders > budget / 2) {
            headers.add(CloudEventHeaders.DLQ_HEADERS_DROPPED, "true".getBytes(StandardCharsets.UTF_8));
        } else {
            record.headers().forEach(headers::add);
            budget -= originalHeaders;
        }
        byte[] value = record.value();
        if (value != null && value.length > budget) {
            headers.add(
                    CloudEventHeaders.DLQ_ORIGINAL_VALUE_BYTES,
                    Integer.toString(value.length).getBytes(StandardCharsets.UTF_8));
            value = Arrays.copyOf(value, Math.max(0, budget));
        }
        CloudEventHeaders.writeDeadLetter(
                headers, reason, error, record.topic(), record.partition(), record.offset(), consumerService);
        return new ProducerRecord<>(topic, null, key, value, headers);
    }

    private static int size(Headers headers) {
        int size = 0;
        for (Header header : headers) {
            size += header.key().length() + (header.value() == null ? 0 : header.value().length) + 8;
        }
        return size;
    }
}
