package id.go.cilegon.ppid.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.kit.retention.Retention;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * service-kit's retention job on the real database: a message sent or skipped more than 400 days ago is deleted; a
 * younger one, and an old one still pending or failed (an operator may retry it), are kept.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    EntityManager em;

    @Test
    void finishedMessagesOlderThanTheHorizonAreDeletedAndTheRestKept() {
        UUID request = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            notification(request, "sent-old", "SENT", "401 days");
            notification(request, "skipped-old", "SKIPPED", "401 days");
            notification(request, "sent-young", "SENT", "399 days");
            notification(request, "failed-old", "FAILED", "401 days");
            notification(request, "pending-old", "PENDING", "401 days");
        });

        retention.run();

        assertEquals(
                List.of("failed-old", "pending-old", "sent-young"),
                QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery(
                                        "select kind from notification where request_id = ?1 order by kind")
                                .setParameter(1, request)
                                .getResultList()));
    }

    private void notification(UUID request, String kind, String status, String age) {
        em.createNativeQuery("""
                insert into notification (id, dedupe_key, request_id, kind, channel, recipient, data, status,
                                          next_attempt_at, created_at)
                values (?1, ?2, ?3, ?4, 'EMAIL', 'APPLICANT', cast('{}' as jsonb), ?5, now(),
                        now() - cast(?6 as interval))""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, request + "-" + kind)
                .setParameter(3, request)
                .setParameter(4, kind)
                .setParameter(5, status)
                .setParameter(6, age)
                .executeUpdate();
    }
}
