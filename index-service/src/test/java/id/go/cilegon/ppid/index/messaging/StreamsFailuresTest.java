package id.go.cilegon.ppid.index.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.testing.EmbeddedKafka;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.ProcessingHandlerResponse;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.ProductionExceptionHandlerResponse;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/**
 * The Kafka Streams failure handlers, each called as Streams calls it: a record a processor throws on is parked on the
 * real broker as it came and processing goes on; a record the producer refuses for itself is dropped, a passing
 * failure retried, anything else fails the thread (which the uncaught-exception policy replaces).
 */
class StreamsFailuresTest {

    @Test
    void aRecordAProcessorThrowsOnIsParkedAsItCameAndProcessingGoesOn() {
        String key = UUID.randomUUID().toString();
        byte[] value = "{\"requestId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        Headers headers = new RecordHeaders();
        headers.add(CloudEventHeaders.TYPE, "id.go.cilegon.ppid.request.submitted.v1".getBytes(StandardCharsets.UTF_8));
        ProcessingDeadLetters handler = new ProcessingDeadLetters();
        handler.configure(Map.of("bootstrap.servers", EmbeddedKafka.start()));
        ProcessingHandlerResponse response = handler.handle(
                new Context(key, value, headers),
                new Record<>(key, "a parsed value", 0L),
                new IllegalStateException("a case nobody foresaw"));

        assertEquals(ProcessingHandlerResponse.CONTINUE, response);
        ConsumerRecord<String, String> parked = KafkaTestClient.consumeFirst(
                Topics.deadLetter(Topics.REQUEST_EVENTS, Services.INDEX_SERVICE),
                r -> key.equals(r.key()),
                Duration.ofSeconds(30));
        assertEquals("{\"requestId\":\"x\"}", parked.value());
        assertEquals(
                CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED,
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_REASON));
        assertTrue(
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_EXCEPTION).contains("a case nobody foresaw"));
        assertEquals("42", KafkaTestClient.header(parked, CloudEventHeaders.DLQ_ORIGINAL_OFFSET));
        assertEquals("id.go.cilegon.ppid.request.submitted.v1", KafkaTestClient.header(parked, CloudEventHeaders.TYPE));
    }

    @Test
    void aRecordTheProducerRefusesIsDroppedAPassingFailureRetriedAnythingElseFails() {
        ProductionFailures handler = new ProductionFailures();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.INDEX_OPD, new byte[2_000_000]);
        Context context = new Context("DLH", new byte[0], new RecordHeaders());

        assertEquals(
                ProductionExceptionHandlerResponse.CONTINUE,
                handler.handle(context, record, new RecordTooLargeException("too large")));
        assertEquals(
                ProductionExceptionHandlerResponse.RETRY,
                handler.handle(context, record, new TimeoutException("broker slow")));
        assertEquals(
                ProductionExceptionHandlerResponse.FAIL,
                handler.handle(context, record, new TopicAuthorizationException("not allowed")));
    }

    @Test
    void theApplicationInstallsTheHandlers() throws Exception {
        Properties settings = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        assertEquals(
                ProcessingDeadLetters.class,
                Class.forName(settings.getProperty("kafka-streams.processing.exception.handler")));
        assertEquals(
                ProductionFailures.class,
                Class.forName(settings.getProperty("kafka-streams.production.exception.handler")));
    }

    /** Where Streams says the failing record came from: offset 42 of the request topic. */
    private record Context(String key, byte[] value, Headers headers) implements ErrorHandlerContext {

        @Override
        public String topic() {
            return Topics.REQUEST_EVENTS;
        }

        @Override
        public int partition() {
            return 0;
        }

        @Override
        public long offset() {
            return 42;
        }

        @Override
        public String processorNodeId() {
            return "request-events-parse";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 0);
        }

        @Override
        public long timestamp() {
            return 0;
        }

        @Override
        public byte[] sourceRawKey() {
            return key.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] sourceRawValue() {
            return value;
        }
    }
}
