package id.go.cilegon.ppid.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import id.go.cilegon.ppid.notification.support.Fixtures;
import id.go.cilegon.ppid.notification.support.Fixtures.TestRequest;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.TestClock;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.DatabaseOutageResource;
import id.go.cilegon.ppid.testing.EmbeddedKafka;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.Outages;
import id.go.cilegon.ppid.testing.TcpProxy;
import id.go.cilegon.ppid.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Outages for real: the database out of reach for 30 s while lifecycle events arrive (the consumers wait in place;
 * nothing is parked, lost or doubled, no receipt is sent twice, and the pod is never reported dead), and the broker
 * down for 30 s (the REST API stays ready and answers).
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = DatabaseOutageResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class OutageTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 10, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 10, 15);

    TcpProxy database;

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry metrics;

    @AfterEach
    void everythingIsBack() {
        database.restore();
        EmbeddedKafka.start();
    }

    @Test
    void eventsArrivingWhileTheDatabaseIsOutAreAppliedOnceWhenItReturns() {
        clock.officeHours(RECEIVED);
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        // The consumers are at work before the outage (their group may still be settling after an earlier application).
        Fixtures.submitAndRoute(Fixtures.newRequest(), RECEIVED, DUE, opd);
        List<TestRequest> arrived = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestRequest request = Fixtures.newRequest();
            Fixtures.contact(request, "id");
            arrived.add(request);
        }
        double parked = count("ppid.consumer.parked");
        double failures = count("ppid.consumer.transient.failures");

        database.cut();
        for (TestRequest request : arrived) {
            Fixtures.request(Fixtures.submitted(request, RECEIVED, DUE));
            Fixtures.routing(Fixtures.routed(request, 1, opd));
        }
        await().atMost(Fixtures.WAIT).until(() -> count("ppid.consumer.transient.failures") > failures);
        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> given().get("/q/health/well")
                        .then()
                        .statusCode(503)
                        .body("checks.find { it.name == 'consumers' }.status", equalTo("DOWN")));
        Outages.holdsThroughout(() -> given().get("/q/health/live").then().statusCode(200));
        database.restore();

        for (TestRequest request : arrived) {
            await().atMost(Fixtures.WAIT).until(() -> {
                TrackedRequest tracked = Fixtures.tracked(request.id());
                return tracked != null && opd.equals(tracked.assignedOpdCode);
            });
            Fixtures.awaitMails(request.id(), request.applicantEmail(), s -> s.contains("telah kami terima"), 1);
            assertEquals(
                    1, Fixtures.notifications(request.id(), "request-received").size());
        }
        assertEquals(parked, count("ppid.consumer.parked"));
        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> given().get("/q/health/well").then().statusCode(200));
    }

    @Test
    void theApiStaysReadyWhileTheBrokerIsDownAndTheConsumersResumeAfter() {
        Outages.withBrokerDown(() -> {
            given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200);
            given().auth()
                    .oauth2(TestTokens.main())
                    .get("/deadlines/overdue")
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(200);
        });
        // Once it is back, the consumers pick up again.
        clock.officeHours(RECEIVED);
        Fixtures.submitAndRoute(Fixtures.newRequest(), RECEIVED, DUE, null);
    }

    private double count(String name) {
        return metrics.find(name).tag("service", Services.NOTIFICATION_SERVICE).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
