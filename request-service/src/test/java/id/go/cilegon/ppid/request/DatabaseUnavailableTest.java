package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static id.go.cilegon.ppid.request.Fixtures.form;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database briefly out of reach, for real: the test holds every pooled connection. Intake answers
 * 503 with Retry-After and changes nothing; a consumed event waits it out, retrying, and is applied once
 * when the connection is free again, without the channel failing or the pod reporting itself dead.
 */
@QuarkusTest
@TestProfile(ConstrainedPoolProfile.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class DatabaseUnavailableTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    TestClock clock;

    @BeforeEach
    void inAugust2026() {
        clock.setWib(LocalDateTime.of(2026, 8, 4, 10, 0));
    }

    @Test
    void exhaustedPoolAnswers503WithRetryAfterAndTheSameSubmissionSucceedsLater() throws Exception {
        String token = TestTokens.applicant("citizen-busy-" + UUID.randomUUID());
        Map<String, Object> form = form();
        String key = "busy-" + UUID.randomUUID();
        try (HeldPool held = holdThePool()) {
            as(token)
                    .header("Idempotency-Key", key)
                    .body(form)
                    .post("/requests")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "3")
                    .contentType("application/problem+json")
                    .body("status", equalTo(503))
                    .body("code", equalTo("database-busy"))
                    .body("type", equalTo("https://ppid.cilegon.go.id/problems/service-unavailable"))
                    .body("title", equalTo("Service temporarily unavailable"))
                    .body("title_id", equalTo("Layanan sementara tidak tersedia"))
                    .body("detail", containsString("nothing was changed"))
                    .body("detail_id", containsString("tidak ada data yang berubah"))
                    .body("instance", equalTo("/requests"));
        }
        // Nothing was kept of the refused attempt: the retry with the same key registers the request (201,
        // not a replay of an earlier one).
        as(token)
                .header("Idempotency-Key", key)
                .body(form)
                .post("/requests")
                .then()
                .statusCode(201)
                .body("registrationNumber", notNullValue());
    }

    @Test
    void routingEventWaitsOutAnUnavailableDatabaseAndIsAppliedOnce() throws Exception {
        UUID id = Fixtures.submit(TestTokens.applicant("citizen-" + UUID.randomUUID()), form());
        double failuresBefore = transientFailures();
        RequestRouted routed = new RequestRouted(
                id, 1, "DLH", null, RoutingMode.AUTOMATIC, 12.5, List.of("amdal"), null, 0, Instant.now());
        EventMetadata meta;
        try (HeldPool held = holdThePool()) {
            meta = publish(routed);
            // The consumer fails on the pool's acquisition timeout and keeps retrying in place ...
            await().atMost(WAIT).until(() -> transientFailures() > failuresBefore);
            await().atMost(WAIT).until(() -> transientFailures() > failuresBefore + 1);
            // ... and says so in the wellness check, while liveness stays UP: nothing a restart would cure.
            given().get("/q/health/well")
                    .then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'consumers' }.status", equalTo("DOWN"))
                    .body(
                            "checks.find { it.name == 'consumers' }.data.'routing-events'",
                            containsString("acquisition timeout"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        }
        await().atMost(WAIT).until(() -> "DLH".equals(load(id).assignedOpdCode()));

        // The same event again (as after a lost offset commit), then a marker proving the channel moved past it.
        Fixtures.publish(ConstrainedPoolProfile.ROUTING_TOPIC, id.toString(), EventJson.writeString(routed), meta);
        UUID marker = Fixtures.submit(TestTokens.applicant("citizen-" + UUID.randomUUID()), form());
        publish(new RequestRouted(
                marker, 1, "DPUPR", null, RoutingMode.AUTOMATIC, 9.0, List.of("jalan"), null, 0, Instant.now()));
        await().atMost(WAIT).until(() -> "DPUPR".equals(load(marker).assignedOpdCode()));
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() ->
                                TimelineEntry.count("requestId = ?1 and step = ?2", id, TimelineEntry.Step.ROUTED)));

        // Recovered: every check UP again, the consumers check included.
        await().atMost(WAIT)
                .untilAsserted(
                        () -> given().get("/q/health").then().statusCode(200).body("status", equalTo("UP")));
        given().get("/q/health/well").then().statusCode(200);
    }

    /** Every connection of the pool, held by the test until closed. */
    private final class HeldPool implements AutoCloseable {
        private final List<Connection> connections = new ArrayList<>();

        @Override
        public void close() throws Exception {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** Takes the whole pool; the relay may be using a connection for a moment after a commit: wait for it. */
    private HeldPool holdThePool() {
        HeldPool held = new HeldPool();
        for (int i = 0; i < ConstrainedPoolProfile.POOL_SIZE; i++) {
            held.connections.add(
                    await().atMost(WAIT).ignoreExceptions().until(dataSource::getConnection, c -> c != null));
        }
        return held;
    }

    private double transientFailures() {
        var counter = metrics.find("ppid.consumer.transient.failures")
                .tag("channel", "routing-events")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static EventMetadata publish(RequestRouted payload) {
        var definition = EventCatalog.forPayload(payload.getClass());
        EventMetadata meta = EventMetadata.of(
                definition.type(), Services.source(Services.ROUTING_SERVICE), payload.key(), Instant.now());
        Fixtures.publish(ConstrainedPoolProfile.ROUTING_TOPIC, payload.key(), EventJson.writeString(payload), meta);
        return meta;
    }

    private static InformationRequest load(UUID id) {
        return Fixtures.load(id);
    }
}
