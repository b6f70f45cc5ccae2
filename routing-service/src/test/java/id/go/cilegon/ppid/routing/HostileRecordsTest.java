package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.routing.domain.CaseStatus;
import id.go.cilegon.ppid.routing.domain.RegisterEntry;
import id.go.cilegon.ppid.routing.domain.RoutingStep;
import id.go.cilegon.ppid.testing.HostileRecords;
import id.go.cilegon.ppid.testing.HostileRecords.Hostile;
import id.go.cilegon.ppid.testing.HostileRecords.Outcome;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every record an outside system can put on the topics routing-service reads, on the real broker: the malformed and
 * the hostile ones (the OPD register events that passed the JSON Schema and took the service down before) are
 * parked, an unknown type is skipped, the service stays live and ready, and a valid event sent after them, twice,
 * is applied once.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class HostileRecordsTest {

    private static final String REQUEST_SOURCE = Services.source(Services.REQUEST_SERVICE);
    private static final String DLH_SYSTEM = Services.opdSystemSource("DLH");

    @Inject
    MeterRegistry metrics;

    @Test
    void requestEventsThatCannotBeAppliedAreParkedAndTheNextValidOneIsAppliedOnce() {
        double skipped = skipped("request-events");
        List<Hostile> sent =
                HostileRecords.sendTo(Topics.REQUEST_EVENTS, EventTypes.REQUEST_SUBMITTED, REQUEST_SOURCE, false);

        UUID id = UUID.randomUUID();
        Fixtures.publish(
                Fixtures.texts(id, "Mohon salinan dokumen AMDAL pabrik baja di Kepuh", "Kajian"), REQUEST_SOURCE);
        RequestSubmitted valid = Fixtures.submitted(id);
        EventMetadata meta = EventMetadata.of(valid, REQUEST_SOURCE, Instant.now());
        Fixtures.publish(Topics.REQUEST_EVENTS, id.toString(), EventJson.writeString(valid), meta);
        Fixtures.publish(Topics.REQUEST_EVENTS, id.toString(), EventJson.writeString(valid), meta);

        HostileRecords.assertParked(Topics.deadLetter(Topics.REQUEST_EVENTS, Services.ROUTING_SERVICE), sent, WAIT);
        Fixtures.awaitCase(id, c -> c.status == CaseStatus.ROUTED);
        await().atMost(WAIT).until(() -> skipped("request-events") > skipped);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> RoutingStep.count("requestId", id)));
        assertLiveAndReady();
    }

    @Test
    void opdRegisterEventsThatPassTheSchemaButNotThePlatformAreParked() {
        double skipped = skipped("opd-events");
        List<Hostile> sent = new ArrayList<>(
                HostileRecords.sendTo(Topics.OPD_EVENTS, EventTypes.OPD_REGISTER_ENTRY_PUBLISHED, DLH_SYSTEM, false));
        // The four records of the report: valid by the published JSON Schema, too long or not text for the register.
        sent.add(register("an entryId of 150 characters", "e".repeat(150), "Dokumen AMDAL"));
        sent.add(register("a title of 600 characters", "amdal-" + UUID.randomUUID(), "T".repeat(600)));
        sent.add(register("a NUL in the title", "amdal-" + UUID.randomUUID(), "Dokumen\u0000AMDAL"));

        String entryId = "amdal-" + UUID.randomUUID();
        String validJson = entry(entryId, "Dokumen AMDAL pabrik baja");
        Fixtures.publish(
                Topics.OPD_EVENTS,
                "DLH",
                validJson,
                EventMetadata.of(EventTypes.OPD_REGISTER_ENTRY_PUBLISHED, DLH_SYSTEM, "DLH", Instant.now()));

        HostileRecords.assertParked(Topics.deadLetter(Topics.OPD_EVENTS, Services.ROUTING_SERVICE), sent, WAIT);
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew().call(() -> RegisterEntry.find("DLH", entryId)) != null);
        await().atMost(WAIT).until(() -> skipped("opd-events") > skipped);
        assertLiveAndReady();
    }

    private static Hostile register(String name, String entryId, String title) {
        return HostileRecords.send(
                Topics.OPD_EVENTS,
                name,
                "DLH",
                entry(entryId, title),
                EventTypes.OPD_REGISTER_ENTRY_PUBLISHED,
                DLH_SYSTEM,
                Outcome.PARKED);
    }

    /** A register entry as an OPD system writes it, by hand: the contract's record would refuse some of them. */
    private static String entry(String entryId, String title) {
        return "{\"opdCode\":\"DLH\",\"entryId\":" + EventJson.writeString(entryId) + ",\"title\":"
                + EventJson.writeString(title) + ",\"summary\":\"Ringkasan\",\"category\":\"ON_REQUEST\","
                + "\"keywords\":[\"amdal\"],\"publishedAt\":\"2026-10-01T02:00:00Z\"}";
    }

    private double skipped(String channel) {
        var counter =
                metrics.find("ppid.consumer.skipped").tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void assertLiveAndReady() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
