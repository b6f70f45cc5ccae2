package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.form;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.opd.OpdDecisionSubmitted;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RequestTransferred;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consumers on the real broker: routing events assign requests, OPD systems decide only their
 * own requests, malformed and rejected events are parked with a reason, redeliveries change nothing.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class ConsumersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OPD_DLQ = Topics.deadLetter(Topics.OPD_EVENTS, Services.REQUEST_SERVICE);
    private static final String ROUTING_DLQ = Topics.deadLetter(Topics.ROUTING_EVENTS, Services.REQUEST_SERVICE);

    @Inject
    TestClock clock;

    @BeforeEach
    void inJune2026() {
        clock.setWib(LocalDateTime.of(2026, 6, 2, 10, 0));
    }

    private static InformationRequest load(UUID id) {
        return Fixtures.load(id);
    }

    private static long timelineSteps(UUID id, TimelineEntry.Step step) {
        return QuarkusTransaction.requiringNew()
                .call(() -> TimelineEntry.count("requestId = ?1 and step = ?2", id, step));
    }

    private static UUID submitted() {
        return Fixtures.submit(TestTokens.applicant("citizen-" + UUID.randomUUID()), form());
    }

    private static OpdDecisionSubmitted decision(String opd, UUID requestId) {
        return new OpdDecisionSubmitted(
                opd,
                requestId,
                DecisionType.GRANTED,
                new DecisionNotice(
                        "Data kependudukan agregat per kelurahan diberikan",
                        List.of(),
                        null,
                        null,
                        CopyFormat.SOFTCOPY,
                        CopyDelivery.EMAIL,
                        0,
                        null,
                        null),
                Instant.now(),
                "SIAK-2026-0042");
    }

    @Test
    void routingEventAssignsTheRequestOnceEvenWhenRedelivered() {
        UUID id = submitted();
        EventMetadata routed = Fixtures.route(id, "DISDUKCAPIL");
        await().atMost(WAIT).until(() -> "DISDUKCAPIL".equals(load(id).assignedOpdCode()));

        // The same event again (same ce_id), as after a consumer restart before its offset commit.
        var payload = new RequestRouted(
                id, 1, "DISDUKCAPIL", null, RoutingMode.AUTOMATIC, 1.0, List.of(), null, 0, Instant.now());
        Fixtures.publish(Topics.ROUTING_EVENTS, id.toString(), EventJson.writeString(payload), routed);
        // A later transfer proves the consumer moved past the redelivery.
        Fixtures.publish(
                new RequestTransferred(
                        id,
                        Long.MAX_VALUE - 1,
                        "DISDUKCAPIL",
                        "DPMPTSP",
                        "Izin usaha dikelola DPMPTSP",
                        1,
                        Instant.now()),
                Services.source(Services.ROUTING_SERVICE));
        await().atMost(WAIT).until(() -> timelineSteps(id, TimelineEntry.Step.TRANSFERRED) == 1);
        assertEquals(1, timelineSteps(id, TimelineEntry.Step.ROUTED));
        assertEquals(null, load(id).assignedOpdCode());
    }

    @Test
    void aPollWithBadEventsAmongGoodOnesAppliesEachGoodOneOnceAndParksOnlyTheBadOnes() {
        UUID first = submitted();
        UUID second = submitted();
        UUID third = submitted();
        UUID unknown = UUID.randomUUID();
        RequestRouted secondRouted = routed(second, "DLH");
        EventMetadata secondMeta = meta(secondRouted);
        RequestRouted unknownRouted = routed(unknown, "DLH");
        EventMetadata unknownMeta = meta(unknownRouted);

        // Sent as one record batch (long linger, then flush), so the consumer gets them in one poll.
        try (KafkaProducer<String, String> producer = KafkaTestClient.newProducer(
                Map.of(ProducerConfig.LINGER_MS_CONFIG, 60_000, ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20))) {
            producer.send(record(routed(first, "DISDUKCAPIL"), meta(routed(first, "DISDUKCAPIL"))));
            producer.send(new ProducerRecord<>(Topics.ROUTING_EVENTS, unknown.toString(), "{no headers}"));
            producer.send(record(secondRouted, secondMeta));
            producer.send(record(unknownRouted, unknownMeta));
            producer.send(record(secondRouted, secondMeta)); // redelivered within the same poll
            producer.send(record(routed(third, "DPUPR"), meta(routed(third, "DPUPR"))));
            producer.flush();
        }

        await().atMost(WAIT).until(() -> "DPUPR".equals(load(third).assignedOpdCode()));
        assertEquals("DISDUKCAPIL", load(first).assignedOpdCode());
        assertEquals("DLH", load(second).assignedOpdCode());
        for (UUID id : List.of(first, second, third)) {
            assertEquals(1, timelineSteps(id, TimelineEntry.Step.ROUTED), "one ROUTED entry for " + id);
        }
        ConsumerRecord<String, String> parked = KafkaTestClient.consumeFirst(
                ROUTING_DLQ, r -> unknownMeta.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertEquals(
                CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED,
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_REASON));
        ConsumerRecord<String, String> malformed =
                KafkaTestClient.consumeFirst(ROUTING_DLQ, r -> "{no headers}".equals(r.value()), WAIT);
        assertEquals(
                CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                KafkaTestClient.header(malformed, CloudEventHeaders.DLQ_REASON));
    }

    private static RequestRouted routed(UUID id, String opd) {
        return new RequestRouted(id, 1, opd, null, RoutingMode.AUTOMATIC, 1.0, List.of(), null, 0, Instant.now());
    }

    private static EventMetadata meta(RequestRouted payload) {
        return EventMetadata.of(
                EventTypes.ROUTING_ROUTED, Services.source(Services.ROUTING_SERVICE), payload.key(), Instant.now());
    }

    private static ProducerRecord<String, String> record(RequestRouted payload, EventMetadata meta) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, meta);
        return new ProducerRecord<>(
                Topics.ROUTING_EVENTS, null, payload.key(), EventJson.writeString(payload), headers);
    }

    @Test
    void staleRoutingEventDoesNotOverrideANewerOne() {
        UUID id = submitted();
        Fixtures.route(id, "DLH");
        await().atMost(WAIT).until(() -> "DLH".equals(load(id).assignedOpdCode()));
        Fixtures.publish(
                new RequestRouted(id, 0 + 1, "BAPPEDA", null, RoutingMode.MANUAL, 0, List.of(), null, 0, Instant.now()),
                Services.source(Services.ROUTING_SERVICE));
        UUID marker = submitted();
        Fixtures.route(marker, "DLH");
        await().atMost(WAIT).until(() -> "DLH".equals(load(marker).assignedOpdCode()));
        assertEquals("DLH", load(id).assignedOpdCode());
    }

    @Test
    void opdSystemDecidesItsAssignedRequestExactlyOnce() {
        UUID id = submitted();
        Fixtures.route(id, "DISDUKCAPIL");
        await().atMost(WAIT).until(() -> "DISDUKCAPIL".equals(load(id).assignedOpdCode()));

        OpdDecisionSubmitted decision = decision("DISDUKCAPIL", id);
        EventMetadata meta = Fixtures.publish(decision, Services.opdSystemSource("DISDUKCAPIL"));
        await().atMost(WAIT).until(() -> load(id).decision() == DecisionType.GRANTED);
        // Redelivered: no second decision, no second event, nothing parked.
        Fixtures.publish(Topics.OPD_EVENTS, "DISDUKCAPIL", EventJson.writeString(decision), meta);
        UUID marker = submitted();
        Fixtures.route(marker, "DISDUKCAPIL");
        Fixtures.publish(decision("DISDUKCAPIL", marker), Services.opdSystemSource("DISDUKCAPIL"));
        await().atMost(WAIT).until(() -> load(marker).decision() == DecisionType.GRANTED);

        assertEquals(1, timelineSteps(id, TimelineEntry.Step.DECIDED));
        List<ConsumerRecord<String, String>> decided = KafkaTestClient.consume(
                Topics.REQUEST_EVENTS,
                r -> r.key().equals(id.toString())
                        && EventTypes.REQUEST_DECIDED.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)),
                1,
                WAIT);
        assertEquals(1, decided.size());
        assertEquals("OPD_SYSTEM", load(id).decisionSource().name());
    }

    /**
     * The OPD's system answered on time, but this service read the decision days later (it was down, or its channel
     * was stopped): the answer counts from when the broker received it, as production stamps the topic
     * ({@code LogAppendTime}), never from a time the OPD system could choose.
     */
    @Test
    void aDecisionReadLateCountsFromWhenItArrived() {
        KafkaTestClient.setTopicConfig(Topics.OPD_EVENTS, "message.timestamp.type", "LogAppendTime");
        Instant arrival = Instant.now();
        clock.set(arrival.minus(Duration.ofDays(1)));
        UUID id = submitted();
        Fixtures.route(id, "DISDUKCAPIL");
        await().atMost(WAIT).until(() -> "DISDUKCAPIL".equals(load(id).assignedOpdCode()));

        clock.set(arrival.plus(Duration.ofDays(20)));
        Fixtures.publish(decision("DISDUKCAPIL", id), Services.opdSystemSource("DISDUKCAPIL"));
        await().atMost(WAIT).until(() -> load(id).decision() == DecisionType.GRANTED);
        InformationRequest decided = load(id);
        assertEquals(
                LegalTime.toLegalDate(arrival), decided.decidedDate(), "the day it arrived, not the day it was read");
        assertTrue(
                Duration.between(arrival, decided.decidedAt()).abs().compareTo(WAIT) < 0,
                decided.decidedAt().toString());
        assertTrue(!decided.decidedDate().isAfter(decided.dueDate()), "on time, as it was");
    }

    @Test
    void decisionFromAnotherOpdIsParkedWithTheReason() {
        UUID id = submitted();
        Fixtures.route(id, "DISDUKCAPIL");
        await().atMost(WAIT).until(() -> "DISDUKCAPIL".equals(load(id).assignedOpdCode()));

        EventMetadata meta = Fixtures.publish(decision("DLH", id), Services.opdSystemSource("DLH"));
        ConsumerRecord<String, String> parked = KafkaTestClient.consumeFirst(
                OPD_DLQ, r -> meta.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertEquals(
                CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED,
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_REASON));
        assertTrue(
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_EXCEPTION).contains("not to DLH"),
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_EXCEPTION));
        assertEquals(Topics.OPD_EVENTS, KafkaTestClient.header(parked, CloudEventHeaders.DLQ_ORIGINAL_TOPIC));
        assertEquals(null, load(id).decision());
    }

    @Test
    void decisionSentInAnotherOpdsNameIsParked() {
        UUID id = submitted();
        Fixtures.route(id, "DISDUKCAPIL");
        await().atMost(WAIT).until(() -> "DISDUKCAPIL".equals(load(id).assignedOpdCode()));

        // DLH's system writes a decision that claims to be DISDUKCAPIL's.
        EventMetadata meta = Fixtures.publish(decision("DISDUKCAPIL", id), Services.opdSystemSource("DLH"));
        ConsumerRecord<String, String> parked = KafkaTestClient.consumeFirst(
                OPD_DLQ, r -> meta.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertTrue(
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_EXCEPTION).contains("ce_source"));
        assertEquals(null, load(id).decision());
    }

    @Test
    void decisionForAnUnknownOrUnassignedRequestIsParked() {
        EventMetadata unknown = Fixtures.publish(decision("DLH", UUID.randomUUID()), Services.opdSystemSource("DLH"));
        KafkaTestClient.consumeFirst(
                OPD_DLQ, r -> unknown.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        UUID unassigned = submitted();
        EventMetadata early = Fixtures.publish(decision("DLH", unassigned), Services.opdSystemSource("DLH"));
        KafkaTestClient.consumeFirst(
                OPD_DLQ, r -> early.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertEquals(null, load(unassigned).decision());
    }

    @Test
    void malformedEventsAreParkedAndTheConsumerMovesOn() {
        // Not JSON at all, with valid headers.
        EventMetadata garbage = EventMetadata.of(
                EventTypes.OPD_DECISION_SUBMITTED, Services.opdSystemSource("DLH"), "DLH", Instant.now());
        Fixtures.publish(Topics.OPD_EVENTS, "DLH", "{not json", garbage);
        // No CloudEvents headers at all.
        KafkaTestClient.send(Topics.ROUTING_EVENTS, UUID.randomUUID().toString(), "{}");
        // A notice that breaks Pasal 22(7): refused without a ground.
        UUID id = submitted();
        Fixtures.route(id, "DLH");
        await().atMost(WAIT).until(() -> "DLH".equals(load(id).assignedOpdCode()));
        OpdDecisionSubmitted invalid = new OpdDecisionSubmitted(
                "DLH",
                id,
                DecisionType.REFUSED,
                new DecisionNotice("Ditolak", List.of(), null, null, null, null, 0, null, null),
                Instant.now(),
                null);
        EventMetadata refusal = Fixtures.publish(invalid, Services.opdSystemSource("DLH"));

        ConsumerRecord<String, String> parkedGarbage = KafkaTestClient.consumeFirst(
                OPD_DLQ, r -> garbage.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertEquals(
                CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                KafkaTestClient.header(parkedGarbage, CloudEventHeaders.DLQ_REASON));
        assertEquals("{not json", parkedGarbage.value());
        KafkaTestClient.consumeFirst(ROUTING_DLQ, r -> "{}".equals(r.value()), WAIT);
        ConsumerRecord<String, String> parkedRefusal = KafkaTestClient.consumeFirst(
                OPD_DLQ, r -> refusal.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertTrue(KafkaTestClient.header(parkedRefusal, CloudEventHeaders.DLQ_EXCEPTION)
                .contains("exemptionGrounds"));

        // Still consuming after all that.
        UUID after = submitted();
        Fixtures.route(after, "DLH");
        Fixtures.publish(decision("DLH", after), Services.opdSystemSource("DLH"));
        await().atMost(WAIT).until(() -> load(after).decision() == DecisionType.GRANTED);
    }

    /**
     * A record far larger than a producer may send reaches the consumer (it came zstd-compressed, and the broker checks
     * the compressed size): it is parked all the same, its value cut to fit and its size said, and the consumer goes on.
     */
    @Test
    void aRecordTooLargeToSendAgainIsParkedCutToFit() {
        String huge = "{\"requestId\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}";
        EventMetadata meta = EventMetadata.of(
                EventTypes.OPD_DECISION_SUBMITTED, Services.opdSystemSource("DLH"), "DLH", Instant.now());
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, meta);
        try (KafkaProducer<String, String> producer = KafkaTestClient.newProducer(Map.of(
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "zstd",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                8 * 1024 * 1024))) {
            producer.send(new ProducerRecord<>(Topics.OPD_EVENTS, null, "DLH", huge, headers))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ConsumerRecord<String, String> parked = KafkaTestClient.consumeFirst(
                OPD_DLQ, r -> meta.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertEquals(
                Integer.toString(huge.length()),
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_ORIGINAL_VALUE_BYTES));
        assertTrue(parked.value().length() < 1024 * 1024 && huge.startsWith(parked.value()), "cut, not changed");

        UUID after = submitted();
        Fixtures.route(after, "DLH");
        await().atMost(WAIT).until(() -> "DLH".equals(load(after).assignedOpdCode()));
        Fixtures.publish(decision("DLH", after), Services.opdSystemSource("DLH"));
        await().atMost(WAIT).until(() -> load(after).decision() == DecisionType.GRANTED);
    }
}
