package id.go.cilegon.ppid.notification;

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
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.domain.Deadline;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import id.go.cilegon.ppid.notification.messaging.EventConsumers;
import id.go.cilegon.ppid.notification.support.Fixtures;
import id.go.cilegon.ppid.notification.support.Fixtures.TestRequest;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.TestClock;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Batch consumption of the request events: the records of one poll are applied in one transaction; a malformed
 * record and one that cannot be applied are parked alone while their neighbours are applied exactly once, a
 * redelivered batch changes nothing, and a request's events keep their order inside a batch. The batch is handed to
 * the consumer method exactly as the connector hands a poll (deterministic), and once more through the broker.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class BatchConsumptionTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 10, 1);
    static final LocalDate DUE = LocalDate.of(2026, 10, 15);
    private static final String DLQ = Topics.deadLetter(Topics.REQUEST_EVENTS, Services.NOTIFICATION_SERVICE);
    private static final String SOURCE = Services.source(Services.REQUEST_SERVICE);
    /** Offsets far from the broker's, so a parked test record is recognisable in the dead-letter headers. */
    private static final AtomicLong OFFSETS = new AtomicLong(9_000_000);

    @Inject
    TestClock clock;

    @Inject
    EventConsumers consumers;

    @Inject
    EntityManager em;

    @Test
    void malformedAndInapplicableEventsAreParkedAloneAndTheRestAppliedOnceInOrder() {
        clock.officeHours(RECEIVED);
        TestRequest a = Fixtures.newRequest();
        TestRequest b = Fixtures.newRequest();
        TestRequest d = Fixtures.newRequest();
        UUID unknown = UUID.randomUUID();
        ConsumerRecord<String, byte[]> submittedA = event(Fixtures.submitted(a, RECEIVED, DUE));
        ConsumerRecord<String, byte[]> submittedB = event(Fixtures.submitted(b, RECEIVED, DUE));
        String malformedKey = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> malformed = record(malformedKey, "{}", null);
        // Well-formed, but for a request never submitted: rejected inside the transaction, after its processed row.
        ConsumerRecord<String, byte[]> orphan = event(new RequestWithdrawn(unknown, 2, Instant.now()));
        ConsumerRecord<String, byte[]> submittedD = event(Fixtures.submitted(d, RECEIVED, DUE));
        // Submitted then decided for the same request in one batch: the decision must stop the clock just started.
        ConsumerRecord<String, byte[]> decidedA = event(decided(a.id()));
        List<ConsumerRecord<String, byte[]>> good = List.of(submittedA, submittedB, submittedD, decidedA);

        consumers.onRequestEvents(poll(submittedA, submittedB, malformed, orphan, submittedD, decidedA));

        List<ConsumerRecord<String, String>> parked = KafkaTestClient.consume(
                DLQ, r -> malformedKey.equals(r.key()) || unknown.toString().equals(r.key()), 2, Fixtures.WAIT);
        Map<String, String> reasons = parked.stream()
                .collect(Collectors.toMap(
                        ConsumerRecord::key,
                        r -> KafkaTestClient.header(r, CloudEventHeaders.DLQ_REASON),
                        (x, y) -> x));
        assertEquals(
                Map.of(
                        malformedKey,
                        CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                        unknown.toString(),
                        CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED),
                reasons);
        // Rolled back with its batch, and not applied alone either: not even the placeholder row is left.
        assertNull(Fixtures.tracked(unknown));
        assertApplied(a, b, d, good);

        // The connector redelivers the poll (a crash before the offsets were committed): nothing happens twice.
        consumers.onRequestEvents(poll(submittedA, submittedB, submittedD, decidedA));
        assertApplied(a, b, d, good);
    }

    @Test
    void aBurstThroughTheBrokerParksOnlyTheBadRecords() throws Exception {
        clock.officeHours(RECEIVED);
        TestRequest e = Fixtures.newRequest();
        TestRequest g = Fixtures.newRequest();
        UUID unknown = UUID.randomUUID();
        String malformedKey = UUID.randomUUID().toString();
        // Lingering lets the producer send the burst as one batch, so the consumer most likely polls it at once.
        try (KafkaProducer<String, String> producer = KafkaTestClient.newProducer(
                Map.of(ProducerConfig.LINGER_MS_CONFIG, 500, ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000))) {
            producer.send(produced(Fixtures.submitted(e, RECEIVED, DUE)));
            producer.send(new ProducerRecord<>(Topics.REQUEST_EVENTS, malformedKey, "{not json"));
            producer.send(produced(new RequestWithdrawn(unknown, 2, Instant.now())));
            producer.send(produced(Fixtures.submitted(g, RECEIVED, DUE)));
            producer.send(produced(decided(e.id()))).get();
        }

        KafkaTestClient.consume(
                DLQ, r -> malformedKey.equals(r.key()) || unknown.toString().equals(r.key()), 2, Fixtures.WAIT);
        Awaitility.await().atMost(Fixtures.WAIT).until(() -> {
            TrackedRequest decided = Fixtures.tracked(e.id());
            TrackedRequest open = Fixtures.tracked(g.id());
            return decided != null
                    && decided.status == TrackedRequest.Status.DECIDED
                    && open != null
                    && open.status == TrackedRequest.Status.OPEN;
        });
        assertNull(Fixtures.tracked(unknown));
        assertEquals(Deadline.State.STOPPED, deadline(e.id(), SlaClock.ANSWER).state);
        assertEquals(1, Fixtures.notifications(e.id(), "request-received").size());
        assertEquals(1, Fixtures.notifications(e.id(), "request-decided").size());
        assertEquals(1, Fixtures.notifications(g.id(), "request-received").size());
    }

    private void assertApplied(
            TestRequest decided, TestRequest open1, TestRequest open2, List<ConsumerRecord<String, byte[]>> events) {
        TrackedRequest closed = Fixtures.tracked(decided.id());
        assertEquals(TrackedRequest.Status.DECIDED, closed.status);
        assertEquals(2, closed.requestSequence);
        assertEquals(Deadline.State.STOPPED, deadline(decided.id(), SlaClock.ANSWER).state);
        assertEquals(Deadline.State.RUNNING, deadline(decided.id(), SlaClock.OBJECTION_WINDOW).state);
        assertEquals(1, Fixtures.notifications(decided.id(), "request-received").size());
        assertEquals(1, Fixtures.notifications(decided.id(), "request-decided").size());
        for (TestRequest request : List.of(open1, open2)) {
            TrackedRequest tracked = Fixtures.tracked(request.id());
            assertEquals(TrackedRequest.Status.OPEN, tracked.status);
            assertEquals(1, tracked.requestSequence);
            assertEquals(Deadline.State.RUNNING, deadline(request.id(), SlaClock.ANSWER).state);
            assertEquals(DUE, deadline(request.id(), SlaClock.ANSWER).dueDate);
            assertEquals(
                    1, Fixtures.notifications(request.id(), "request-received").size());
        }
        for (ConsumerRecord<String, byte[]> event : events) {
            String id = KafkaTestClient.header(event, CloudEventHeaders.ID);
            long rows = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number)
                                    em.createNativeQuery("select count(*) from processed_event where event_id = ?1")
                                            .setParameter(1, id)
                                            .getSingleResult())
                            .longValue());
            assertEquals(1, rows, "processed_event rows of " + id);
        }
    }

    private static Deadline deadline(UUID requestId, SlaClock clock) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Deadline.of(requestId, clock).orElseThrow());
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
                LocalDate.of(2026, 10, 5),
                DUE,
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

    @SafeVarargs
    private static ConsumerRecords<String, byte[]> poll(ConsumerRecord<String, byte[]>... records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(Topics.REQUEST_EVENTS, 0), List.of(records)), Map.of());
    }
}
