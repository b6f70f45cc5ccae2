package id.go.cilegon.ppid.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.service.Messages;
import id.go.cilegon.ppid.notification.support.Fixtures;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A backlog larger than one delivery pass leaves in one go: after a full pass the worker goes on at once instead of
 * waiting for the next wake-up or poll (here an hour away, so only the fix can pass).
 */
@QuarkusTest
@TestProfile(DeliveryBacklogTest.SmallPassesRarePolls.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class DeliveryBacklogTest {

    static final int PASS = 2;
    static final int BACKLOG = 7;

    /** Passes of two messages; the worker polls once an hour, so a second pass needs no poll. */
    public static class SmallPassesRarePolls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ppid.notification.delivery.batch-size",
                    Integer.toString(PASS),
                    "ppid.notification.delivery.poll-interval",
                    "1h");
        }
    }

    @Inject
    Messages messages;

    @Test
    void aBacklogOfSeveralPassesIsSentAfterOneWakeUp() {
        UUID requestId = UUID.randomUUID();
        // One transaction writes the whole backlog, so the worker is woken exactly once, after its commit.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int step = 0; step < BACKLOG; step++) {
                messages.toOfficial(
                        requestId,
                        Recipient.PPID_MAIN,
                        "routing-queued",
                        "step-" + step,
                        Messages.data("registrationNumber", "BACKLOG/" + step));
            }
        });

        await().atMost(Fixtures.WAIT)
                .until(() ->
                        Fixtures.notifications(requestId).stream().allMatch(n -> n.status == Notification.Status.SENT));
        assertEquals(BACKLOG, Fixtures.notifications(requestId).size());
        assertEquals(BACKLOG, MailServer.about(requestId).size(), "one e-mail per message, none twice");
    }
}
