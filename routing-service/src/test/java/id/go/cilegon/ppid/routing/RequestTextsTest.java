package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.awaitCase;
import static id.go.cilegon.ppid.routing.Fixtures.routingEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RoutingNeeded;
import id.go.cilegon.ppid.contracts.routing.RoutingNeededReason;
import id.go.cilegon.ppid.routing.domain.CaseStatus;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The applicant's words come on their own restricted topic, apart from the request: routing waits for both, in
 * either order, queues a request whose words never come, and forgets them when they are erased. On the real broker
 * and database.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class RequestTextsTest {

    private static final String SOURCE = Services.source(Services.REQUEST_SERVICE);
    private static final String AMDAL = "Mohon salinan dokumen AMDAL dan izin lingkungan pabrik baja di Kelurahan "
            + "Kepuh, warga sering mencium bau limbah";

    @Inject
    TestClock clock;

    @Test
    void aRequestIsRoutedOnceItsTextsAreInWhicheverComesFirst() {
        UUID requestFirst = UUID.randomUUID();
        Fixtures.publish(Fixtures.submitted(requestFirst), SOURCE);
        awaitCase(requestFirst, c -> c.registrationNumber != null);
        assertEquals(CaseStatus.PENDING, Fixtures.load(requestFirst).status, "nothing to match yet");
        Fixtures.publish(Fixtures.texts(requestFirst, AMDAL, "Kajian"), SOURCE);

        UUID textsFirst = UUID.randomUUID();
        Fixtures.publish(Fixtures.texts(textsFirst, AMDAL, "Kajian"), SOURCE);
        awaitCase(textsFirst, c -> c.informationDetails != null);
        assertEquals(CaseStatus.PENDING, Fixtures.load(textsFirst).status, "no request yet");
        Fixtures.publish(Fixtures.submitted(textsFirst), SOURCE);

        for (UUID id : new UUID[] {requestFirst, textsFirst}) {
            RequestRouted routed = (RequestRouted) routingEvents(id, 1).get(0).payload();
            assertEquals("DLH", routed.opdCode());
            assertEquals(CaseStatus.ROUTED, Fixtures.load(id).status);
        }
    }

    @Test
    void aTombstoneErasesTheTextsAndARedeliveryChangesNothing() {
        UUID id = Fixtures.submit(AMDAL, "Kajian untuk skripsi tentang limbah");
        routingEvents(id, 1);

        KafkaTestClient.send(Topics.REQUEST_TEXTS, id.toString(), null);
        KafkaTestClient.send(Topics.REQUEST_TEXTS, id.toString(), null);

        awaitCase(id, c -> c.informationDetails == null);
        assertNull(Fixtures.load(id).purpose);
        assertEquals(CaseStatus.ROUTED, Fixtures.load(id).status, "erasing the words does not undo the routing");
    }

    /** A request whose words never come is not left unrouted while its deadline runs: the PPID Utama gets it. */
    @Test
    void aRequestWhoseTextsNeverComeGoesToThePpidUtama() {
        Instant start = clock.instant();
        UUID id = UUID.randomUUID();
        Fixtures.publish(Fixtures.submitted(id), SOURCE);
        awaitCase(id, c -> c.registrationNumber != null);
        try {
            clock.set(start.plus(Duration.ofMinutes(6)));

            awaitCase(id, c -> c.status == CaseStatus.QUEUED);
            RoutingNeeded needed = (RoutingNeeded) routingEvents(id, 1).get(0).payload();
            assertEquals(RoutingNeededReason.NO_MATCH, needed.reason());
            assertEquals(
                    EventTypes.ROUTING_ROUTING_NEEDED,
                    routingEvents(id, 1).get(0).type());
        } finally {
            clock.set(start);
        }
    }
}
