package id.go.cilegon.ppid.testing.quarkus;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.testing.EmbeddedKafka;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

// restrictToAnnotatedClass defaults to false: these resources serve every @QuarkusTest of the module.
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTest
class TestResourcesInQuarkusTest {

    @Inject
    PingRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void applicationUsesTheSharedBrokerAndItsOwnDatabase() throws Exception {
        assertEquals(EmbeddedKafka.bootstrapServers(), bootstrapServers);
        QuarkusDatabaseAssertions.assertOwnPostgres17Database(dataSource);

        relay.send("ping-1").toCompletableFuture().get();
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.received().contains("ping-1"));
    }

    @Test
    void applicationDeliversWhatItSentDuringABrokerOutage() {
        EmbeddedKafka.stop();
        try {
            CompletableFuture<Void> pending = relay.send("ping-during-outage").toCompletableFuture();
            await("no acknowledgement while the broker is down")
                    .during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(4))
                    .until(() -> !pending.isDone());
        } finally {
            EmbeddedKafka.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> relay.received().contains("ping-during-outage"));
    }
}
