package id.go.cilegon.ppid.devstack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL and the Kafka broker keep their data across a stop and a start on the same folders and ports, as
 * {@code ./ppid up} after {@code ./ppid down} does.
 */
class PersistenceTest {

    private static final String DATABASE = "probe_service";
    private static final String PASSWORD = "probe-password";

    @TempDir
    Path dir;

    @Test
    void postgresAndKafkaKeepTheirDataAcrossARestart() throws Exception {
        int pgPort = Ports.anyFree();
        int kafkaPort = Ports.anyFree();
        int controllerPort = Ports.anyFree();
        String marker = UUID.randomUUID().toString();

        PostgresPart postgres = postgres(pgPort);
        KafkaPart kafka = kafka(kafkaPort, controllerPort);
        String clusterId;
        try {
            postgres.start();
            kafka.start();
            assertTrue(postgres.health().up(), postgres.health().detail());
            assertTrue(kafka.health().up(), kafka.health().detail());
            try (Connection c = serviceConnection(postgres);
                    Statement st = c.createStatement()) {
                // as the service's own user, in its own database, like Flyway in a service
                st.execute("CREATE TABLE probe (marker text PRIMARY KEY)");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO probe VALUES (?)")) {
                    ps.setString(1, marker);
                    ps.executeUpdate();
                }
            }
            try (KafkaProducer<String, String> producer = producer(kafka)) {
                producer.send(new ProducerRecord<>(Topics.REQUEST_EVENTS, marker, "event-" + marker))
                        .get(30, TimeUnit.SECONDS);
            }
            assertCompactionPolicies(kafka);
            clusterId = clusterId();
        } finally {
            kafka.stop();
            postgres.stop();
        }
        assertFalse(postgres.health().up(), "PostgreSQL still answers after stop");
        assertFalse(kafka.health().up(), "Kafka still answers after stop");

        PostgresPart postgresAgain = postgres(pgPort);
        KafkaPart kafkaAgain = kafka(kafkaPort, controllerPort);
        try {
            postgresAgain.start();
            kafkaAgain.start();
            try (Connection c = serviceConnection(postgresAgain);
                    PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM probe WHERE marker = ?")) {
                ps.setString(1, marker);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "the row written before the restart");
                }
            }
            assertEquals(
                    List.of("event-" + marker),
                    valuesFor(kafkaAgain, marker),
                    "the record produced before the restart, once");
            assertEquals(clusterId, clusterId(), "the broker was not formatted again");
        } finally {
            kafkaAgain.stop();
            postgresAgain.stop();
        }
    }

    private PostgresPart postgres(int port) {
        return new PostgresPart(
                dir.resolve("postgres"), dir.resolve("logs/postgres.log"), port, List.of(DATABASE), PASSWORD);
    }

    private KafkaPart kafka(int port, int controllerPort) {
        return new KafkaPart(dir.resolve("kafka"), dir.resolve("logs/kafka.log"), port, controllerPort);
    }

    private String clusterId() throws Exception {
        Properties meta = new Properties();
        meta.load(Files.newBufferedReader(dir.resolve("kafka/meta.properties"), StandardCharsets.UTF_8));
        return meta.getProperty("cluster.id");
    }

    private static Connection serviceConnection(PostgresPart postgres) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), DATABASE, PASSWORD);
    }

    private static KafkaProducer<String, String> producer(KafkaPart kafka) {
        return new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrapServers(), "acks", "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    private static void assertCompactionPolicies(KafkaPart kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            List<ConfigResource> resources = Topics.ALL.stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t))
                    .toList();
            Map<ConfigResource, Config> configs =
                    admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            for (ConfigResource r : resources) {
                String policy = configs.get(r).get("cleanup.policy").value();
                assertEquals(Topics.COMPACTED.contains(r.name()) ? "compact" : "delete", policy, r.name());
            }
        }
    }

    private static List<String> valuesFor(KafkaPart kafka, String key) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", kafka.bootstrapServers(), "enable.auto.commit", "false"),
                new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.REQUEST_EVENTS, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        values.add(r.value());
                    }
                }
                return consumer.position(partition) >= end;
            });
        }
        return values;
    }
}
