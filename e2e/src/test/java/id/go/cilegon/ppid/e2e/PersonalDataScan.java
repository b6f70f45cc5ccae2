package id.go.cilegon.ppid.e2e;

import id.go.cilegon.ppid.contracts.TopicAccess;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Looks for an applicant's personal data everywhere the platform keeps data: every row of every table of the services'
 * databases, and every record on disk of every topic of the broker (values, keys and headers as stored, tombstones
 * included), with no consumer group.
 */
final class PersonalDataScan {

    private static final List<String> DATABASES = List.of("request_service", "routing_service", "notification_service");
    /** The broker's own bookkeeping, which holds offsets and transaction states, never payloads. */
    private static final Set<String> BROKER_INTERNAL = Set.of("__consumer_offsets", "__transaction_state");

    private final LaunchedPlatform platform;

    PersonalDataScan(LaunchedPlatform platform) {
        this.platform = platform;
    }

    /**
     * Makes the topics with personal data clean their erased values within seconds instead of the production day
     * (segments roll after a second, any dirty segment may be compacted), so a test can see an erasure reach the disk.
     */
    void compactPersonalDataTopicsPromptly() throws ExecutionException, InterruptedException, TimeoutException {
        try (Admin admin = admin()) {
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new java.util.HashMap<>();
            for (String topic : personalDataTopics()) {
                changes.put(
                        new ConfigResource(ConfigResource.Type.TOPIC, topic),
                        List.of(
                                set(TopicConfig.SEGMENT_MS_CONFIG, "1000"),
                                set(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, "1000"),
                                set(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.01")));
            }
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Appends a tombstone for a key nobody uses to each topic with personal data: Kafka compacts only segments that
     * are no longer written to, and a segment rolls only when something is appended after {@code segment.ms}.
     */
    void nudgeCompaction() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String topic : personalDataTopics()) {
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), null));
            }
            producer.flush();
        }
    }

    /** Where any of {@code values} appears in a table row, e.g. {@code "request_service.information_request: NIK"}. */
    List<String> inDatabases(Map<String, String> values) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String database : DATABASES) {
            try (Connection c = platform.database(database);
                    Statement st = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select table_schema || '.' || table_name "
                        + "from information_schema.tables where table_type = 'BASE TABLE' "
                        + "and table_schema not in ('pg_catalog', 'information_schema')")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = st.executeQuery("select t::text from " + table + " t")) {
                        while (rs.next()) {
                            String row = rs.getString(1);
                            values.forEach((what, value) -> {
                                if (row != null && row.contains(value)) {
                                    found.add(database + "." + table + ": " + what);
                                }
                            });
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Where any of {@code values} appears in a record of the topics with personal data. */
    List<String> inPersonalDataTopics(Map<String, String> values) {
        return inTopics(personalDataTopics(), values);
    }

    /** Where any of {@code values} appears in a record of any topic of the broker, e.g. {@code "ppid.x.v1: name"}. */
    List<String> inAllTopics(Map<String, String> values) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            List<String> topics = admin.listTopics().names().get().stream()
                    .filter(t -> !BROKER_INTERNAL.contains(t))
                    .sorted()
                    .toList();
            return inTopics(topics, values);
        }
    }

    private List<String> inTopics(List<String> topics, Map<String, String> values) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the topics to their end: " + ends);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    StringBuilder text = new StringBuilder();
                    if (record.key() != null) {
                        text.append(new String(record.key(), StandardCharsets.UTF_8));
                    }
                    if (record.value() != null) {
                        text.append('\n').append(new String(record.value(), StandardCharsets.UTF_8));
                    }
                    record.headers()
                            .forEach(h -> text.append('\n')
                                    .append(h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8)));
                    values.forEach((what, value) -> {
                        if (text.indexOf(value) >= 0) {
                            found.add(record.topic() + "@" + record.offset() + ": " + what);
                        }
                    });
                }
            }
        }
        return found;
    }

    private static List<String> personalDataTopics() {
        return TopicAccess.ALL.stream()
                .filter(TopicAccess::restricted)
                .map(TopicAccess::topic)
                .toList();
    }

    private static AlterConfigOp set(String name, String value) {
        return new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET);
    }

    private Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap());
        return Admin.create(p);
    }
}
