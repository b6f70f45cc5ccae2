package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static id.go.cilegon.ppid.request.Fixtures.form;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.testing.EmbeddedKafka;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.Outages;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With the broker down for 30 s, intake still accepts requests and the API stays ready; their events flow, in order,
 * once it is back, and the consumers pick up again.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class BrokerOutageTest {

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void brokerIsBack() {
        if (!EmbeddedKafka.isRunning()) {
            EmbeddedKafka.start();
        }
    }

    @Test
    void acceptedRequestsAreKeptWhileTheBrokerIsDownAndPublishedWhenItReturns() {
        clock.setWib(LocalDateTime.of(2026, 7, 1, 9, 0));
        String token = TestTokens.applicant("citizen-outage");
        UUID before = Fixtures.submit(token, form());
        KafkaTestClient.consumeFirst(
                Topics.REQUEST_EVENTS, r -> r.key().equals(before.toString()), Duration.ofSeconds(30));

        EmbeddedKafka.stop();
        List<UUID> during = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            during.add(Fixtures.submit(token, form()));
        }
        // Each accepted request waits in the outbox: its submission event, its texts and its contact update.
        assertEquals(9L, outboxRowsFor(during));
        // The pods stay in service the whole outage: intake does not need the broker.
        Outages.holdsThroughout(() -> {
            given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200);
            as(token).get("/requests/" + during.get(0)).then().statusCode(200);
        });

        EmbeddedKafka.start();
        for (UUID id : during) {
            ConsumerRecord<String, String> event = KafkaTestClient.consumeFirst(
                    Topics.REQUEST_EVENTS, r -> r.key().equals(id.toString()), Duration.ofSeconds(60));
            assertEquals(EventTypes.REQUEST_SUBMITTED, KafkaTestClient.header(event, CloudEventHeaders.TYPE));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxRowsFor(during) == 0L);
        // And the consumers pick up again: a routing event sent now is applied.
        Fixtures.route(during.get(0), "DLH");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "DLH".equals(Fixtures.load(during.get(0)).assignedOpdCode()));
    }

    /** Outbox rows of these requests: their events, and the contact updates of their (one) applicant. */
    private long outboxRowsFor(List<UUID> ids) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("""
                select count(*) from outbox_event where message_key in (?1)
                or message_key = (select applicant_id::text from information_request where id = ?2)""")
                                .setParameter(
                                        1, ids.stream().map(UUID::toString).toList())
                                .setParameter(2, ids.get(0))
                                .getSingleResult())
                        .longValue());
    }
}
