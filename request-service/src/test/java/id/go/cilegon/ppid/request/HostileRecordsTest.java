package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.form;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.testing.HostileRecords;
import id.go.cilegon.ppid.testing.HostileRecords.Hostile;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.junit.jupiter.api.Test;

/**
 * Every record an outside system can put on the three topics request-service reads, on the real broker: malformed
 * ones are parked, an unknown type is skipped, intake stays live and ready, and a valid routing event sent after
 * them, twice, is applied once.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class HostileRecordsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ROUTING_SOURCE = Services.source(Services.ROUTING_SERVICE);

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry metrics;

    @Test
    void everyTopicSurvivesHostileRecordsAndTheNextValidEventIsAppliedOnce() {
        clock.setWib(LocalDateTime.of(2026, 6, 2, 10, 0));
        UUID id = Fixtures.submit(TestTokens.applicant("citizen-" + UUID.randomUUID()), form());
        Map<String, Double> skippedBefore = skipped();
        Map<String, List<Hostile>> sent = Map.of(
                Topics.ROUTING_EVENTS,
                        HostileRecords.sendTo(Topics.ROUTING_EVENTS, EventTypes.ROUTING_ROUTED, ROUTING_SOURCE, false),
                Topics.OPD_EVENTS,
                        HostileRecords.sendTo(
                                Topics.OPD_EVENTS,
                                EventTypes.OPD_DECISION_SUBMITTED,
                                Services.opdSystemSource("DLH"),
                                false),
                Topics.SLA_EVENTS,
                        HostileRecords.sendTo(
                                Topics.SLA_EVENTS,
                                EventTypes.NOTIFICATION_NOTICE_DELIVERED,
                                Services.source(Services.NOTIFICATION_SERVICE),
                                false));

        RequestRouted routed = new RequestRouted(
                id, 1, "DLH", null, RoutingMode.AUTOMATIC, 1.0, List.of("amdal"), null, 0, Instant.now());
        EventMetadata meta = EventMetadata.of(routed, ROUTING_SOURCE, Instant.now());
        Fixtures.publish(Topics.ROUTING_EVENTS, id.toString(), EventJson.writeString(routed), meta);
        Fixtures.publish(Topics.ROUTING_EVENTS, id.toString(), EventJson.writeString(routed), meta);
        // A later request's routing: once it is applied, the consumer is past the repeated event (one partition).
        UUID marker = Fixtures.submit(TestTokens.applicant("citizen-" + UUID.randomUUID()), form());
        Fixtures.route(marker, "DPUPR");

        sent.forEach((topic, records) ->
                HostileRecords.assertParked(Topics.deadLetter(topic, Services.REQUEST_SERVICE), records, WAIT));
        await().atMost(WAIT).until(() -> "DPUPR".equals(Fixtures.load(marker).assignedOpdCode()));
        await().atMost(WAIT)
                .until(() -> skipped().entrySet().stream().allMatch(e -> e.getValue() > skippedBefore.get(e.getKey())));
        assertEquals("DLH", Fixtures.load(id).assignedOpdCode());
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() ->
                                TimelineEntry.count("requestId = ?1 and step = ?2", id, TimelineEntry.Step.ROUTED)));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** How many records each channel skipped so far. */
    private Map<String, Double> skipped() {
        return Map.of(
                "routing-events",
                skipped("routing-events"),
                "opd-events",
                skipped("opd-events"),
                "sla-events",
                skipped("sla-events"));
    }

    private double skipped(String channel) {
        var counter =
                metrics.find("ppid.consumer.skipped").tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }
}
