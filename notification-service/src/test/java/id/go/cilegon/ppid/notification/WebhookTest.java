package id.go.cilegon.ppid.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.sla.Channel;
import id.go.cilegon.ppid.contracts.sla.NotificationFailed;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.support.Fixtures;
import id.go.cilegon.ppid.notification.support.Fixtures.TestRequest;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.TestClock;
import id.go.cilegon.ppid.notification.support.WebhookReceiver;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signed CloudEvents webhooks to an OPD system, against a real HTTP receiver that checks the Standard Webhooks
 * signature itself: retries with backoff until it accepts, and after the last try a {@code notification.failed}
 * event, a place in the operators' list of failed messages and a retry that works.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class WebhookTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 9, 1);
    static final LocalDate DUE = LocalDate.of(2026, 9, 15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    private static Notification webhook(TestRequest request) {
        List<Notification> hooks = Fixtures.notifications(request.id(), "request-assigned").stream()
                .filter(n -> n.channel == Channel.WEBHOOK)
                .toList();
        assertEquals(1, hooks.size());
        return hooks.get(0);
    }

    private void afterBackoff(Duration wait) {
        clock.set(clock.instant().plus(wait).plusSeconds(1));
    }

    @Test
    void signedCloudEventIsRetriedWithBackoffUntilTheReceiverAccepts() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookSecretResource.secret())) {
            receiver.failNext(2, 503);
            String opd = Fixtures.opdCode();
            Fixtures.directory(opd, 1, receiver.url());
            TestRequest request = Fixtures.newRequest();
            clock.officeHours(RECEIVED);
            Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);

            await().atMost(Fixtures.WAIT).until(() -> receiver.deliveries().size() == 1);
            await().atMost(Fixtures.WAIT).until(() -> webhook(request).attempts == 1);
            Notification afterFirst = webhook(request);
            assertEquals(Notification.Status.PENDING, afterFirst.status);
            assertEquals("webhook: HTTP 503", afterFirst.lastError);
            assertEquals(clock.instant().plus(Duration.ofMinutes(1)), afterFirst.nextAttemptAt);
            // Not before the backoff has passed.
            assertEquals(1, receiver.deliveries().size());

            afterBackoff(Duration.ofMinutes(1));
            await().atMost(Fixtures.WAIT).until(() -> receiver.deliveries().size() == 2);
            await().atMost(Fixtures.WAIT).until(() -> webhook(request).attempts == 2);
            assertEquals(clock.instant().plus(Duration.ofMinutes(2)), webhook(request).nextAttemptAt);
            afterBackoff(Duration.ofMinutes(2));
            await().atMost(Fixtures.WAIT).until(() -> webhook(request).status == Notification.Status.SENT);

            List<WebhookReceiver.Delivery> deliveries = receiver.deliveries();
            assertEquals(3, deliveries.size());
            assertEquals(
                    List.of(503, 503, 204),
                    deliveries.stream()
                            .map(WebhookReceiver.Delivery::answeredWith)
                            .toList());
            for (WebhookReceiver.Delivery delivery : deliveries) {
                assertTrue(delivery.signatureValid(), "signature of " + delivery);
                assertEquals(webhook(request).id.toString(), delivery.id(), "the same webhook-id on every try");
                assertTrue(delivery.contentType().startsWith("application/cloudevents+json"), delivery.contentType());
            }
            JsonNode event = JSON.readTree(deliveries.get(2).body());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals(
                    "id.go.cilegon.ppid.notification.request-assigned.v1",
                    event.get("type").asText());
            assertEquals("/ppid/notification-service", event.get("source").asText());
            assertEquals(request.id().toString(), event.get("subject").asText());
            assertEquals(
                    request.registrationNumber(),
                    event.get("data").get("registrationNumber").asText());
            assertEquals("2026-09-15", event.get("data").get("dueDate").asText());
            assertFalse(deliveries.get(2).body().contains(request.applicantEmail()), "no personal data");
            assertFalse(deliveries.get(2).body().contains("Siti"), "no personal data");
        }
    }

    @Test
    void afterTheLastTryTheMessageFailsVisiblyAndAnOperatorCanRetryIt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookSecretResource.secret())) {
            receiver.failNext(1000, 500);
            String opd = Fixtures.opdCode();
            Fixtures.directory(opd, 1, receiver.url());
            TestRequest request = Fixtures.newRequest();
            clock.officeHours(RECEIVED);
            Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);

            await().atMost(Fixtures.WAIT).until(() -> webhook(request).attempts == 1);
            afterBackoff(Duration.ofMinutes(1));
            await().atMost(Fixtures.WAIT).until(() -> webhook(request).attempts == 2);
            afterBackoff(Duration.ofMinutes(2));
            await().atMost(Fixtures.WAIT).until(() -> webhook(request).status == Notification.Status.FAILED);
            Notification failed = webhook(request);
            assertEquals(3, failed.attempts);

            NotificationFailed event = Fixtures.slaEvents(
                            request.id(), EventTypes.NOTIFICATION_FAILED, NotificationFailed.class, 1)
                    .get(0);
            assertEquals(failed.id, event.notificationId());
            assertEquals("request-assigned", event.kind());
            assertEquals(Channel.WEBHOOK, event.channel());
            assertEquals(Recipient.OPD_SYSTEM, event.recipient());
            assertEquals(3, event.attempts());
            assertEquals("webhook: HTTP 500", event.lastError());

            given().auth()
                    .oauth2(TestTokens.main())
                    .get("/notifications/failed?size=100")
                    .then()
                    .statusCode(200)
                    .body("id", hasItem(failed.id.toString()));
            given().auth()
                    .oauth2(TestTokens.officer("petugas", opd))
                    .get("/notifications/failed")
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("role-not-allowed"));

            receiver.failNext(0, 500);
            given().auth()
                    .oauth2(TestTokens.main())
                    .post("/notifications/" + failed.id + "/retry")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PENDING"))
                    .body("operatorRetries", equalTo(1));
            await().atMost(Fixtures.WAIT).until(() -> webhook(request).status == Notification.Status.SENT);
            assertTrue(
                    receiver.deliveries().get(receiver.deliveries().size() - 1).signatureValid());
            given().auth()
                    .oauth2(TestTokens.main())
                    .post("/notifications/" + failed.id + "/retry")
                    .then()
                    .statusCode(409)
                    .header("Content-Type", "application/problem+json")
                    .body("code", equalTo("not-retryable"));
        }
    }

    @Test
    void aNamedHostIsCalledAtTheAddressCheckedAndBothSecretsSignDuringARotation() throws Exception {
        try (WebhookReceiver oldKey = new WebhookReceiver(WebhookSecretResource.secret());
                WebhookReceiver newKey = new WebhookReceiver(WebhookSecretResource.newSecret())) {
            for (WebhookReceiver receiver : List.of(oldKey, newKey)) {
                // No DNS knows hooks.opd.test: only the address the check resolved can have been called.
                String url = receiver.url().replace("127.0.0.1", "hooks.opd.test");
                String opd = Fixtures.opdCode();
                Fixtures.directory(opd, 1, url, WebhookSecretResource.ROTATING_REF);
                TestRequest request = Fixtures.newRequest();
                clock.officeHours(RECEIVED);
                Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);
                await().atMost(Fixtures.WAIT).until(() -> webhook(request).status == Notification.Status.SENT);
                WebhookReceiver.Delivery delivery = receiver.deliveries().get(0);
                assertTrue(delivery.signatureValid(), "signed with the key the receiver holds");
                assertEquals(2, delivery.signature().split(" ").length, delivery.signature());
            }
        }
    }

    @Test
    void internalAndUnreachableTargetsFailWithWhatFailedAndNoNetworkDetail() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String internal = "webhook: the host is on a network the platform does not call (loopback, private, link-local"
                + " or internal)";
        Map<String, String> expected = Map.of(
                "http://169.254.169.254/latest/meta-data/",
                internal,
                "http://10.1.2.3:8080/hook",
                internal,
                "http://metadata.opd.test/computeMetadata/v1/",
                internal,
                "http://[fd00::1]/hook",
                internal,
                "http://127.0.0.1:" + closedPort + "/hook",
                "webhook: no connection to the host");
        Map<String, TestRequest> requests = new HashMap<>();
        for (String url : expected.keySet()) {
            String opd = Fixtures.opdCode();
            Fixtures.directory(opd, 1, url);
            TestRequest request = Fixtures.newRequest();
            clock.officeHours(RECEIVED);
            Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);
            requests.put(url, request);
        }
        expected.forEach((url, error) -> {
            await().atMost(Fixtures.WAIT).until(() -> webhook(requests.get(url)).attempts == 1);
            assertEquals(error, webhook(requests.get(url)).lastError, url);
        });
    }
}
