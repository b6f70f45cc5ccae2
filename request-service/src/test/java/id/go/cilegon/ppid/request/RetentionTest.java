package id.go.cilegon.ppid.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.kit.retention.Retention;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * service-kit's retention job on the real database: processed event ids older than 30 days and idempotency keys older
 * than 30 days are deleted, younger ones kept.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    EntityManager em;

    @Test
    void rowsOlderThanTheirHorizonAreDeletedAndYoungerOnesKept() {
        String old = "old-" + UUID.randomUUID();
        String young = "young-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            processed(old, "31 days");
            processed(young, "29 days");
            idempotencyKey(old, "31 days");
            idempotencyKey(young, "1 day");
        });

        retention.run();

        assertEquals(0L, count("processed_event", "event_id", old));
        assertEquals(1L, count("processed_event", "event_id", young));
        assertEquals(0L, count("idempotency_key", "idempotency_key", old));
        assertEquals(1L, count("idempotency_key", "idempotency_key", young));
    }

    private void processed(String eventId, String age) {
        em.createNativeQuery(
                        "insert into processed_event (consumer, event_id, processed_at) values ('test', ?1, now() - "
                                + "cast(?2 as interval))")
                .setParameter(1, eventId)
                .setParameter(2, age)
                .executeUpdate();
    }

    private void idempotencyKey(String key, String age) {
        em.createNativeQuery("insert into idempotency_key (owner, idempotency_key, payload_fingerprint, request_id, "
                        + "created_at) values ('test', ?1, 'f', ?2, now() - cast(?3 as interval))")
                .setParameter(1, key)
                .setParameter(2, UUID.randomUUID())
                .setParameter(3, age)
                .executeUpdate();
    }

    private long count(String table, String column, String value) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number)
                                em.createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                                        .setParameter(1, value)
                                        .getSingleResult())
                        .longValue());
    }
}
