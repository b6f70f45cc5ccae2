package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.WAIT;
import static id.go.cilegon.ppid.routing.Fixtures.awaitCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionSource;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestTexts;
import id.go.cilegon.ppid.routing.domain.CaseStatus;
import id.go.cilegon.ppid.routing.domain.RoutingStep;
import id.go.cilegon.ppid.routing.messaging.EventConsumers;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Batch consumption: the records of one poll are applied in one transaction; a malformed record and one that breaks
 * a rule are parked alone while their neighbours are applied exactly once, a redelivered batch changes nothing, and
 * a request's events keep their order inside a batch. The batch is handed to the consumer method exactly as the
 * connector hands a poll (deterministic), and once more through the broker.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class BatchConsumptionTest {

    private static final String REQUEST_DLQ = Topics.deadLetter(Topics.REQUEST_EVENTS, Services.ROUTING_SERVICE);
    private static final String SOURCE = Services.source(Services.REQUEST_SERVICE);
    private static final String AMDAL = "Mohon salinan dokumen AMDAL dan izin lingkungan pabrik baja di Kelurahan "
            + "Kepuh, warga sering mencium bau limbah";
    /** Offsets far from the broker's, so a parked test record is recognisable in the dead-letter headers. */
    private static final AtomicLong OFFSETS = new AtomicLong(9_000_000);

    @Inject
    EventConsumers consumers;

    @Test
    void malformedAndRuleBreakingEventsAreParkedAloneAndTheRestAppliedOnceInOrder() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        ConsumerRecord<String, byte[]> submittedA = event(Fixtures.submitted(a));
        ConsumerRecord<String, byte[]> submittedB = event(Fixtures.submitted(b));
        String malformedKey = "malformed-" + UUID.randomUUID();
        ConsumerRecord<String, byte[]> malformed =
                record(malformedKey, "{\"requestId\":\"" + UUID.randomUUID() + "\"}", null);
        // Well-formed, but its Kafka key is not its request: a rule the handler enforces inside the transaction.
        EventMetadata wrongKeyMeta = EventMetadata.of(Fixtures.submitted(c), SOURCE, Instant.now());
        String wrongKey = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> wrongKeyRecord =
                record(wrongKey, EventJson.writeString(Fixtures.submitted(c)), wrongKeyMeta);
        ConsumerRecord<String, byte[]> submittedD = event(Fixtures.submitted(d));
        // Submitted then decided for the same request in one batch: the decision must find the routed case.
        ConsumerRecord<String, byte[]> decidedA = event(decided(a));

        consumers.onRequestTexts(texts(a, b, c, d));
        consumers.onRequestEvents(poll(submittedA, submittedB, malformed, wrongKeyRecord, submittedD, decidedA));

        List<ConsumerRecord<String, String>> parked = KafkaTestClient.consume(
                REQUEST_DLQ, r -> malformedKey.equals(r.key()) || wrongKey.equals(r.key()), 2, WAIT);
        Map<String, String> reasons = parked.stream()
                .collect(Collectors.toMap(
                        ConsumerRecord::key,
                        r -> KafkaTestClient.header(r, CloudEventHeaders.DLQ_REASON),
                        (x, y) -> x));
        assertEquals(
                Map.of(
                        malformedKey,
                        CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                        wrongKey,
                        CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED),
                reasons);
        assertNull(Fixtures.load(c).registrationNumber, "the rejected request was not taken");

        assertApplied(a, b, d);

        // The connector redelivers the poll (a crash before the offsets were committed): nothing happens twice.
        consumers.onRequestEvents(poll(submittedA, submittedB, submittedD, decidedA));
        assertApplied(a, b, d);
    }

    @Test
    void aBurstThroughTheBrokerParksOnlyTheBadRecords() throws Exception {
        UUID e = UUID.randomUUID();
        UUID f = UUID.randomUUID();
        UUID g = UUID.randomUUID();
        String malformedKey = "malformed-" + UUID.randomUUID();
        String wrongKey = UUID.randomUUID().toString();
        EventMetadata decidedMeta = EventMetadata.of(decided(e), SOURCE, Instant.now());
        for (UUID id : List.of(e, f, g)) {
            Fixtures.publish(Fixtures.texts(id, AMDAL, "Kajian"), SOURCE);
            awaitCase(id, rc -> rc.informationDetails != null);
        }
        // Lingering lets the producer send the burst as one batch, so the consumer most likely polls it at once.
        try (KafkaProducer<String, String> producer = KafkaTestClient.newProducer(
                Map.of(ProducerConfig.LINGER_MS_CONFIG, 500, ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000))) {
            producer.send(produced(Fixtures.submitted(e)));
            producer.send(new ProducerRecord<>(Topics.REQUEST_EVENTS, malformedKey, "{not json"));
            ProducerRecord<String, String> wrong =
                    new ProducerRecord<>(Topics.REQUEST_EVENTS, wrongKey, EventJson.writeString(Fixtures.submitted(f)));
            CloudEventHeaders.write(wrong.headers(), EventMetadata.of(Fixtures.submitted(f), SOURCE, Instant.now()));
            producer.send(wrong);
            producer.send(produced(Fixtures.submitted(g)));
            ProducerRecord<String, String> decided =
                    new ProducerRecord<>(Topics.REQUEST_EVENTS, e.toString(), EventJson.writeString(decided(e)));
            CloudEventHeaders.write(decided.headers(), decidedMeta);
            producer.send(decided).get();
        }

        KafkaTestClient.consume(REQUEST_DLQ, r -> malformedKey.equals(r.key()) || wrongKey.equals(r.key()), 2, WAIT);
        awaitCase(e, rc -> rc.status == CaseStatus.CLOSED);
        awaitCase(g, rc -> rc.status == CaseStatus.ROUTED);
        assertEquals(CaseStatus.PENDING, Fixtures.load(f).status, "the rejected request was not taken");
        assertEquals(List.of(RoutingStep.Kind.ROUTED, RoutingStep.Kind.CLOSED), steps(e));
        assertEquals(List.of(RoutingStep.Kind.ROUTED), steps(g));
    }

    private static void assertApplied(UUID closed, UUID... routed) {
        assertEquals(CaseStatus.CLOSED, Fixtures.load(closed).status);
        assertEquals(List.of(RoutingStep.Kind.ROUTED, RoutingStep.Kind.CLOSED), steps(closed));
        assertEquals(1, Fixtures.load(closed).eventSequence);
        for (UUID id : routed) {
            assertEquals(CaseStatus.ROUTED, Fixtures.load(id).status);
            assertEquals(List.of(RoutingStep.Kind.ROUTED), steps(id));
            assertEquals(1, Fixtures.load(id).eventSequence);
        }
    }

    private static List<RoutingStep.Kind> steps(UUID requestId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> RoutingStep.<RoutingStep>find("requestId = ?1 order by id", requestId).list().stream()
                        .map(s -> s.step)
                        .toList());
    }

    private static RequestDecided decided(UUID requestId) {
        return new RequestDecided(
                requestId,
                2,
                DecisionType.GRANTED,
                new DecisionNotice(
                        "Dokumen AMDAL diberikan dalam bentuk salinan elektronik",
                        List.of(),
                        null,
                        null,
                        CopyFormat.SOFTCOPY,
                        CopyDelivery.EMAIL,
                        0,
                        null,
                        null),
                DecisionSource.PPID_OFFICER,
                "DLH",
                Instant.now(),
                LocalDate.of(2026, 6, 5),
                LocalDate.of(2026, 6, 16),
                true,
                3);
    }

    private static ProducerRecord<String, String> produced(EventPayload payload) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.REQUEST_EVENTS, payload.key(), EventJson.writeString(payload));
        CloudEventHeaders.write(record.headers(), EventMetadata.of(payload, SOURCE, Instant.now()));
        return record;
    }

    private static ConsumerRecord<String, byte[]> event(EventPayload payload) {
        return record(payload.key(), EventJson.writeString(payload), EventMetadata.of(payload, SOURCE, Instant.now()));
    }

    private static ConsumerRecord<String, byte[]> record(String key, String value, EventMetadata meta) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(
                Topics.REQUEST_EVENTS, 0, OFFSETS.incrementAndGet(), key, value.getBytes(StandardCharsets.UTF_8));
        if (meta != null) {
            CloudEventHeaders.write(record.headers(), meta);
        }
        return record;
    }

    /** A poll of the texts topic with the applicant's words of {@code requestIds}. */
    private static ConsumerRecords<String, byte[]> texts(UUID... requestIds) {
        List<ConsumerRecord<String, byte[]>> records = new java.util.ArrayList<>();
        for (UUID id : requestIds) {
            RequestTexts texts = Fixtures.texts(id, AMDAL, "Kajian");
            ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(
                    Topics.REQUEST_TEXTS,
                    0,
                    OFFSETS.incrementAndGet(),
                    texts.key(),
                    EventJson.writeString(texts).getBytes(StandardCharsets.UTF_8));
            CloudEventHeaders.write(record.headers(), EventMetadata.of(texts, SOURCE, Instant.now()));
            records.add(record);
        }
        return new ConsumerRecords<>(Map.of(new TopicPartition(Topics.REQUEST_TEXTS, 0), records), Map.of());
    }

    @SafeVarargs
    private static ConsumerRecords<String, byte[]> poll(ConsumerRecord<String, byte[]>... records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(Topics.REQUEST_EVENTS, 0), List.of(records)), Map.of());
    }
}
