package id.go.cilegon.ppid.index;

import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.testing.EmbeddedKafka;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * The embedded broker with the input topics created first (the application waits for them), two partitions each
 * so that a second instance can own part of the state; a fresh state directory and application id per start, so
 * every run folds the topics from their beginning; a fixed free HTTP port so {@code application.server} names
 * this instance's real address.
 */
public class StreamsTestResource implements QuarkusTestResourceLifecycleManager {

    /** Partitions of every input topic in tests. */
    public static final int PARTITIONS = 2;

    @Override
    public Map<String, String> start() {
        String bootstrap = EmbeddedKafka.start();
        for (String topic :
                new String[] {Topics.REQUEST_EVENTS, Topics.ROUTING_EVENTS, Topics.SLA_EVENTS, Topics.OPD_EVENTS}) {
            KafkaTestClient.createTopic(topic, PARTITIONS, Map.of());
            KafkaTestClient.createTopic(Topics.deadLetter(topic, Services.INDEX_SERVICE), 1, Map.of());
        }
        KafkaTestClient.createTopic(Topics.DIRECTORY, PARTITIONS, Map.of("cleanup.policy", "compact"));
        KafkaTestClient.createTopic(Topics.INDEX_OPD, PARTITIONS, Map.of("cleanup.policy", "compact"));
        KafkaTestClient.createTopic(Topics.INDEX_CITY, 1, Map.of("cleanup.policy", "compact"));
        int port = freePort();
        try {
            return Map.of(
                    "kafka.bootstrap.servers",
                    bootstrap,
                    "quarkus.kafka-streams.application-id",
                    "index-service-test-" + UUID.randomUUID(),
                    "kafka-streams.state.dir",
                    Files.createTempDirectory("index-service-state").toString(),
                    "quarkus.http.test-port",
                    Integer.toString(port),
                    "quarkus.kafka-streams.application-server",
                    "localhost:" + port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {}

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
