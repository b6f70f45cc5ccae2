package id.go.cilegon.ppid.testing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

class KafkaTestClientTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void sendsAndReadsBackRecordsWithHeaders() {
        String topic = "testing.client." + UUID.randomUUID();
        KafkaTestClient.createTopics(topic);
        KafkaTestClient.createTopics(topic);

        Map<String, String> headers = Map.of("ce_id", "e-1", "ce_type", "id.go.cilegon.ppid.request.filed.v1");
        KafkaTestClient.send(topic, "request-1", "{\"n\":1}", headers);
        KafkaTestClient.send(topic, "request-2", "{\"n\":2}", Map.of("ce_id", "e-2"));
        KafkaTestClient.send(topic, "request-1", null);

        List<ConsumerRecord<String, String>> all = KafkaTestClient.consume(topic, 3, WAIT);
        assertEquals(3, all.size());

        List<ConsumerRecord<String, String>> firstRequest =
                KafkaTestClient.consume(topic, record -> "request-1".equals(record.key()), 2, WAIT);
        assertEquals("{\"n\":1}", firstRequest.get(0).value());
        assertEquals(headers, KafkaTestClient.headers(firstRequest.get(0)));
        assertNull(firstRequest.get(1).value(), "tombstone");

        ConsumerRecord<String, String> second =
                KafkaTestClient.consumeFirst(topic, r -> "e-2".equals(KafkaTestClient.header(r, "ce_id")), WAIT);
        assertEquals("request-2", second.key());
        assertNull(KafkaTestClient.header(second, "ce_type"));
    }

    @Test
    void waitsForRecordsThatArriveLater() {
        String topic = "testing.client.later." + UUID.randomUUID();
        Thread sender = new Thread(() -> {
            // The consumer starts before the topic exists; it must wait for the topic, then for the record.
            KafkaTestClient.createTopics(topic);
            KafkaTestClient.send(topic, "k", "late");
        });
        sender.start();
        assertEquals(
                "late",
                KafkaTestClient.consumeFirst(topic, record -> true, WAIT).value());
    }

    @Test
    void givesUpWhenTooFewRecordsArrive() {
        String topic = "testing.client.empty." + UUID.randomUUID();
        KafkaTestClient.createTopics(topic);
        KafkaTestClient.send(topic, "k", "only one");
        assertThrows(ConditionTimeoutException.class, () -> KafkaTestClient.consume(topic, 2, Duration.ofSeconds(2)));
    }

    @Test
    void createsCompactedTopics() throws Exception {
        String topic = "testing.client.compacted." + UUID.randomUUID();
        KafkaTestClient.createCompactedTopic(topic);
        Map<String, Object> adminConfig =
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers());
        try (Admin admin = Admin.create(adminConfig)) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            // The broker answers for a new topic once its metadata has propagated, a moment after the creation.
            Config config = await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(
                            () -> admin.describeConfigs(List.of(resource))
                                    .all()
                                    .get(30, TimeUnit.SECONDS)
                                    .get(resource),
                            c -> c != null);
            assertEquals("compact", config.get("cleanup.policy").value());
        }
    }

    @Test
    void quarkusResourceReturnsTheBootstrapAddressAndRevivesAStoppedBroker() {
        KafkaTestResource resource = new KafkaTestResource();
        String bootstrap = EmbeddedKafka.start();
        EmbeddedKafka.stop();

        Map<String, String> config = resource.start();

        assertEquals(Map.of("kafka.bootstrap.servers", bootstrap), config);
        assertTrue(EmbeddedKafka.isRunning());
        resource.stop();
        assertTrue(EmbeddedKafka.isRunning(), "the broker outlives each application");
    }
}
