package id.go.cilegon.ppid.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.notification.support.Fixtures;
import id.go.cilegon.ppid.notification.support.Fixtures.TestRequest;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.TestClock;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.HostileRecords;
import id.go.cilegon.ppid.testing.HostileRecords.Hostile;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every record an outside system can put on the four topics notification-service reads, on the real broker:
 * malformed ones are parked, an unknown type is skipped, a tombstone on a compacted topic is applied, the service
 * stays live and ready, and valid events sent after them (the submission twice) are applied once.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class HostileRecordsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 10, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 10, 15);
    private static final String REQUEST_SOURCE = Services.source(Services.REQUEST_SERVICE);
    private static final String ROUTING_SOURCE = Services.source(Services.ROUTING_SERVICE);

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry metrics;

    @Test
    void everyTopicSurvivesHostileRecordsAndTheNextValidEventIsAppliedOnce() {
        clock.officeHours(RECEIVED);
        Map<String, Double> skippedBefore = skipped();
        Map<String, List<Hostile>> sent = Map.of(
                Topics.REQUEST_EVENTS,
                        HostileRecords.sendTo(
                                Topics.REQUEST_EVENTS, EventTypes.REQUEST_SUBMITTED, REQUEST_SOURCE, false),
                Topics.ROUTING_EVENTS,
                        HostileRecords.sendTo(Topics.ROUTING_EVENTS, EventTypes.ROUTING_ROUTED, ROUTING_SOURCE, false),
                Topics.DIRECTORY,
                        HostileRecords.sendTo(Topics.DIRECTORY, EventTypes.DIRECTORY_OPD_UPDATED, ROUTING_SOURCE, true),
                Topics.APPLICANT_CONTACTS,
                        HostileRecords.sendTo(
                                Topics.APPLICANT_CONTACTS, EventTypes.APPLICANT_CONTACT_UPDATED, REQUEST_SOURCE, true));

        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        TestRequest request = Fixtures.newRequest();
        Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);
        // The submission again, as after a lost offset commit: no second receipt.
        RequestSubmitted submitted = Fixtures.submitted(request, RECEIVED, DUE);
        Fixtures.publish(
                Topics.REQUEST_EVENTS,
                request.id().toString(),
                EventJson.writeString(submitted),
                EventMetadata.of(
                        EventTypes.REQUEST_SUBMITTED,
                        REQUEST_SOURCE,
                        request.id().toString(),
                        Instant.now()));
        // A later request: once it is tracked, the consumer is past the repeated submission (one partition).
        Fixtures.submitAndRoute(Fixtures.newRequest(), RECEIVED, DUE, opd);

        sent.forEach((topic, records) -> HostileRecords.assertParked(
                Topics.deadLetter(topic, Services.NOTIFICATION_SERVICE), records, Fixtures.WAIT));
        await().atMost(Fixtures.WAIT)
                .until(() -> skipped().entrySet().stream().allMatch(e -> e.getValue() > skippedBefore.get(e.getKey())));
        assertEquals(1, Fixtures.notifications(request.id(), "request-received").size());
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** How many records each channel skipped so far. */
    private Map<String, Double> skipped() {
        return Map.of(
                "request-events",
                skipped("request-events"),
                "routing-events",
                skipped("routing-events"),
                "directory",
                skipped("directory"),
                "applicant-contacts",
                skipped("applicant-contacts"));
    }

    private double skipped(String channel) {
        var counter =
                metrics.find("ppid.consumer.skipped").tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }
}
