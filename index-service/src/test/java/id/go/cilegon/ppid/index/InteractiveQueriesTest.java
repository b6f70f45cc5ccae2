package id.go.cilegon.ppid.index;

import static id.go.cilegon.ppid.index.Events.routed;
import static id.go.cilegon.ppid.index.Events.submitted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.messaging.IndexTopology;
import id.go.cilegon.ppid.index.service.InteractiveQueries;
import id.go.cilegon.ppid.index.service.NotReadyException;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the application on the embedded broker: this Quarkus application and a second Kafka Streams
 * instance of the same topology. A REST call for an OPD whose state the second instance owns is answered by it,
 * through this one, with or without a token; the public ranking gathers the OPDs of both, also for a caller without
 * a token.
 */
@QuarkusTest
@QuarkusTestResource(StreamsTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class InteractiveQueriesTest {

    private static final Duration WAIT = Duration.ofSeconds(150);

    @Inject
    KafkaStreams streams;

    @Inject
    IndexFormula formula;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    InteractiveQueries queries;

    @ConfigProperty(name = "quarkus.kafka-streams.application-id")
    String applicationId;

    @Test
    void theRoutingDecisionNamesTheOwner() {
        HostInfo self = new HostInfo("localhost", 8084);
        HostInfo other = new HostInfo("index-1.index", 8084);
        assertEquals(
                Optional.empty(), InteractiveQueries.route(new KeyQueryMetadata(self, java.util.Set.of(), 0), self));
        assertEquals(
                Optional.of(other), InteractiveQueries.route(new KeyQueryMetadata(other, java.util.Set.of(), 1), self));
        org.junit.jupiter.api.Assertions.assertThrows(
                NotReadyException.class, () -> InteractiveQueries.route(KeyQueryMetadata.NOT_AVAILABLE, self));
    }

    @Test
    void aKeyHeldByAnotherInstanceIsAnsweredByThatInstanceAlsoWithoutAToken() throws Exception {
        await().atMost(WAIT).until(() -> streams.state() == KafkaStreams.State.RUNNING);
        try (SecondInstance second = new SecondInstance(applicationId, formula, clock, json)) {
            HostInfo secondHost = new HostInfo("localhost", second.port);
            await().atMost(WAIT)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> streams.state() == KafkaStreams.State.RUNNING
                            && second.streams.state() == KafkaStreams.State.RUNNING
                            && streams.streamsMetadataForStore(IndexTopology.OPD_STORE)
                                            .size()
                                    == 2);

            String remoteOpd = opdOwnedBy(secondHost);
            String localOpd = opdOwnedBy(queries.self());
            LocalDate received = LocalDate.of(2026, 3, 9);
            for (String opd : new String[] {remoteOpd, localOpd}) {
                UUID id = UUID.randomUUID();
                Publish.events(submitted(id, received, received.plusDays(14)), routed(id, 1, opd, 0));
            }
            String self = queries.self().host() + ":" + queries.self().port();

            // No token: forwarded without one, answered by the owner; the answer does not name the instance.
            await().atMost(WAIT)
                    .untilAsserted(() -> given().get("/index/opds/" + remoteOpd + "?period=2026-03")
                            .then()
                            .statusCode(200)
                            .header("X-PPID-Served-By", nullValue())
                            .body("opdCode", equalTo(remoteOpd))
                            .body("measures.received", equalTo(1)));
            List<SecondInstance.Call> anonymous = second.callsFor("/index/opds/" + remoteOpd);
            assertFalse(anonymous.isEmpty(), "the owner answered");
            for (SecondInstance.Call call : anonymous) {
                assertEquals(self, call.forwardedBy());
                assertEquals("", call.authorization(), "no token to pass on");
            }

            // A token goes along to the owner.
            String token = TestTokens.main();
            given().auth()
                    .oauth2(token)
                    .get("/index/opds/" + remoteOpd + "?period=2026-03")
                    .then()
                    .statusCode(200)
                    .body("measures.received", equalTo(1));
            assertTrue(
                    second.callsFor("/index/opds/" + remoteOpd).stream()
                            .anyMatch(c -> c.authorization().equals("Bearer " + token)),
                    "the caller's token goes along");

            await().atMost(WAIT)
                    .untilAsserted(() -> given().get("/index/opds/" + localOpd + "?period=2026-03")
                            .then()
                            .statusCode(200)
                            .header("X-PPID-Served-By", nullValue())
                            .body("measures.received", equalTo(1)));
            assertTrue(second.callsFor("/index/opds/" + localOpd).isEmpty(), "answered here");

            // The public ranking without a token: the other instance's OPDs gathered from its public
            // /index/ranking/local, with no token to pass on.
            await().atMost(WAIT)
                    .untilAsserted(() -> given().get("/index/ranking?period=2026-03")
                            .then()
                            .statusCode(200)
                            .body("rows.opdCode", hasItems(remoteOpd, localOpd)));
            List<SecondInstance.Call> gathered = second.callsFor("/index/ranking/local");
            assertFalse(gathered.isEmpty(), "the ranking asked the other instance");
            for (SecondInstance.Call call : gathered) {
                assertEquals(self, call.forwardedBy());
                assertEquals("", call.authorization(), "no token to pass on");
            }

            // With a token, the token goes along on the gather too.
            given().auth()
                    .oauth2(token)
                    .get("/index/ranking?period=2026-03")
                    .then()
                    .statusCode(200)
                    .body("rows.opdCode", hasItems(remoteOpd, localOpd));
            assertTrue(
                    second.callsFor("/index/ranking/local").stream()
                            .anyMatch(c -> c.authorization().equals("Bearer " + token)),
                    "the caller's token goes along");
        }
    }

    /** An OPD code whose aggregate lives on {@code host}. */
    private String opdOwnedBy(HostInfo host) {
        for (int i = 0; i < 1000; i++) {
            String code = "IQ" + i
                    + UUID.randomUUID().toString().substring(0, 4).toUpperCase().replace("-", "X");
            KeyQueryMetadata metadata = streams.queryMetadataForKey(
                    IndexTopology.OPD_STORE, code, Serdes.String().serializer());
            if (host.equals(metadata.activeHost())) {
                return code;
            }
        }
        throw new AssertionError("no OPD code maps to " + host);
    }
}
