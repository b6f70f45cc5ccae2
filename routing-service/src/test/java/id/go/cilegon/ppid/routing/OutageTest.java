package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.routing.domain.RoutingStep;
import id.go.cilegon.ppid.testing.DatabaseOutageResource;
import id.go.cilegon.ppid.testing.EmbeddedKafka;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Outages for real: the database out of reach for 30 s while requests arrive (the consumer waits in place; nothing is
 * parked, lost or doubled, and the pod is never reported dead), and the broker down for 30 s (the REST API stays
 * ready and answers).
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = DatabaseOutageResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class OutageTest {

    private static final String AMDAL = "Mohon salinan dokumen AMDAL dan izin lingkungan pabrik baja di Kepuh";

    TcpProxy database;

    @Inject
    MeterRegistry metrics;

    @AfterEach
    void everythingIsBack() {
        database.restore();
        EmbeddedKafka.start();
    }

    @Test
    void requestsArrivingWhileTheDatabaseIsOutAreRoutedOnceWhenItReturns() {
        // The consumer is at work before the outage (its group may still be settling after an earlier application).
        UUID warmUp = Fixtures.submit(AMDAL, "Kajian");
        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.load(warmUp) != null);
        double parked = count("ppid.consumer.parked");
        double failures = count("ppid.consumer.transient.failures");
        database.cut();
        List<UUID> arrived = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            arrived.add(Fixtures.submit(AMDAL, "Kajian"));
        }
        await().atMost(WAIT).until(() -> count("ppid.consumer.transient.failures") > failures);
        // Waiting is the right thing: the wellness check says so, liveness stays UP the whole outage.
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/q/health/well")
                        .then()
                        .statusCode(503)
                        .body("checks.find { it.name == 'consumers' }.status", equalTo("DOWN")));
        Outages.holdsThroughout(() -> given().get("/q/health/live").then().statusCode(200));
        database.restore();

        arrived.forEach(id -> Fixtures.awaitCase(id, c -> c.assignedOpdCode != null));
        for (UUID id : arrived) {
            assertEquals(
                    1, QuarkusTransaction.requiringNew().call(() -> RoutingStep.count("requestId", id)), id::toString);
        }
        assertEquals(parked, count("ppid.consumer.parked"));
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/q/health/well").then().statusCode(200));
    }

    @Test
    void theApiStaysReadyWhileTheBrokerIsDownAndTheConsumersResumeAfter() {
        Outages.withBrokerDown(() -> {
            given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200);
            Fixtures.as(TestTokens.main())
                    .get("/opds/DLH")
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(200);
        });
        // Once it is back, the consumers pick up again.
        UUID after = Fixtures.submit(AMDAL, "Kajian");
        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.load(after) != null);
    }

    private double count(String name) {
        return metrics.find(name).tag("service", Services.ROUTING_SERVICE).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
