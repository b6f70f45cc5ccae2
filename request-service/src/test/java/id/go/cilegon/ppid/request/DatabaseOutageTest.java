package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static id.go.cilegon.ppid.request.Fixtures.form;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.testing.DatabaseOutageResource;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.Outages;
import id.go.cilegon.ppid.testing.TcpProxy;
import id.go.cilegon.ppid.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database out of reach for 30 s, for real (its connections reset, new ones refused), while routing events
 * arrive: intake answers 503 and changes nothing, the consumer waits in place and the pod is never reported dead;
 * when the database returns every event is applied once and nothing was parked.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = DatabaseOutageResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class DatabaseOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    TcpProxy database;

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry metrics;

    @AfterEach
    void databaseIsBack() {
        database.restore();
    }

    @Test
    void routingEventsArrivingWhileTheDatabaseIsOutAreAppliedOnceWhenItReturns() {
        clock.setWib(LocalDateTime.of(2026, 8, 4, 10, 0));
        String token = TestTokens.applicant("citizen-" + UUID.randomUUID());
        List<UUID> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(Fixtures.submit(token, form()));
        }
        // The consumer is at work before the outage (its group may still be settling after an earlier application).
        UUID warmUp = Fixtures.submit(token, form());
        Fixtures.route(warmUp, "DLH");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "DLH".equals(Fixtures.load(warmUp).assignedOpdCode()));
        double parked = count("ppid.consumer.parked");
        double failures = count("ppid.consumer.transient.failures");

        database.cut();
        submitted.forEach(id -> Fixtures.route(id, "DLH"));
        await().atMost(WAIT).until(() -> count("ppid.consumer.transient.failures") > failures);
        as(token)
                .header("Idempotency-Key", "outage-" + UUID.randomUUID())
                .body(form())
                .post("/requests")
                .then()
                .statusCode(503)
                .header("Retry-After", "2");
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/q/health/well")
                        .then()
                        .statusCode(503)
                        .body("checks.find { it.name == 'consumers' }.status", equalTo("DOWN")));
        Outages.holdsThroughout(() -> given().get("/q/health/live").then().statusCode(200));
        database.restore();

        for (UUID id : submitted) {
            await().atMost(WAIT).until(() -> "DLH".equals(Fixtures.load(id).assignedOpdCode()));
            assertEquals(
                    1L,
                    QuarkusTransaction.requiringNew()
                            .call(() -> TimelineEntry.count(
                                    "requestId = ?1 and step = ?2", id, TimelineEntry.Step.ROUTED)));
        }
        assertEquals(parked, count("ppid.consumer.parked"));
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/q/health/well").then().statusCode(200));
    }

    private double count(String name) {
        return metrics.find(name).tag("service", Services.REQUEST_SERVICE).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
