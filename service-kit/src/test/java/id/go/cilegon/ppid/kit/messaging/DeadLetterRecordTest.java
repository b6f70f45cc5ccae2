package id.go.cilegon.ppid.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DeadLetterRecordTest {

    private static ConsumerRecord<String, byte[]> consumed(byte[] value, RecordHeaders headers) {
        return new ConsumerRecord<>(
                "ppid.opd.events.v1",
                2,
                417L,
                0L,
                TimestampType.CREATE_TIME,
                3,
                value == null ? 0 : value.length,
                "DLH",
                value,
                headers,
                Optional.empty());
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static int weight(ProducerRecord<byte[], byte[]> record) {
        int size =
                (record.key() == null ? 0 : record.key().length) + (record.value() == null ? 0 : record.value().length);
        for (Header header : record.headers()) {
            size += header.key().length() + header.value().length;
        }
        return size;
    }

    @Test
    void aRecordThatFitsIsParkedWholeWithItsOrigin() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "id.go.cilegon.ppid.opd.decision-submitted.v1".getBytes(StandardCharsets.UTF_8));
        byte[] value = "{\"not\": \"valid\"}".getBytes(StandardCharsets.UTF_8);
        ProducerRecord<byte[], byte[]> parked = DeadLetterRecord.of(
                consumed(value, headers),
                "request-service",
                CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                new IllegalArgumentException("no requestId"),
                DeadLetterRecord.DEFAULT_MAX_BYTES);
        assertEquals("ppid.opd.events.v1.request-service.dlq", parked.topic());
        assertArrayEquals(value, parked.value());
        assertArrayEquals("DLH".getBytes(StandardCharsets.UTF_8), parked.key());
        assertEquals("id.go.cilegon.ppid.opd.decision-submitted.v1", header(parked, "ce_type"));
        assertEquals("invalid-event", header(parked, CloudEventHeaders.DLQ_REASON));
        assertEquals("2", header(parked, CloudEventHeaders.DLQ_ORIGINAL_PARTITION));
        assertEquals("417", header(parked, CloudEventHeaders.DLQ_ORIGINAL_OFFSET));
        assertTrue(header(parked, CloudEventHeaders.DLQ_EXCEPTION).contains("no requestId"));
        assertNull(header(parked, CloudEventHeaders.DLQ_ORIGINAL_VALUE_BYTES));
    }

    /** A 5 MB value (it came compressed, so the broker took it) is cut to fit, and says how large it was. */
    @Test
    void aValueTooLargeToSendIsCutToFitAndItsSizeIsSaid() {
        byte[] value = new byte[5 * 1024 * 1024];
        Arrays.fill(value, (byte) 'a');
        ProducerRecord<byte[], byte[]> parked = DeadLetterRecord.of(
                consumed(value, new RecordHeaders()),
                "routing-service",
                CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                null,
                DeadLetterRecord.DEFAULT_MAX_BYTES);
        assertTrue(weight(parked) <= DeadLetterRecord.DEFAULT_MAX_BYTES, "weighs " + weight(parked));
        assertTrue(parked.value().length > 800 * 1024, "keeps as much as fits: " + parked.value().length);
        assertEquals(Integer.toString(value.length), header(parked, CloudEventHeaders.DLQ_ORIGINAL_VALUE_BYTES));
    }

    @Test
    void headersTooLargeToSendAreLeftOut() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("x-huge", new byte[700 * 1024]);
        ProducerRecord<byte[], byte[]> parked = DeadLetterRecord.of(
                consumed(null, headers),
                "notification-service",
                CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                null,
                DeadLetterRecord.DEFAULT_MAX_BYTES);
        assertNull(parked.headers().lastHeader("x-huge"));
        assertEquals("true", header(parked, CloudEventHeaders.DLQ_HEADERS_DROPPED));
        assertNull(parked.value());
        assertTrue(weight(parked) <= DeadLetterRecord.DEFAULT_MAX_BYTES);
    }
}
