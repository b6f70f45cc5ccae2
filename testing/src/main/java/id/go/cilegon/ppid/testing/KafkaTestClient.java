package id.go.cilegon.ppid.testing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Creates topics, sends records with headers and reads them back from the {@link EmbeddedKafka} broker in tests.
 *
 * <p>Keys and values are strings (JSON in this platform) and headers are UTF-8 strings. The broker is shared by all
 * test classes of a JVM, so a topic may already hold other tests' records: read with a filter (e.g. on the key or on
 * {@code ce_id}) rather than expecting a topic to be empty.
 */
public final class KafkaTestClient {

    /** How long {@link #send} waits for the broker to acknowledge a record. */
    public static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(200);

    private KafkaTestClient() {}

    /** Creates topics with one partition each; a topic that exists already is left as it is. */
    public static void createTopics(String... topics) {
        for (String topic : topics) {
            createTopic(topic, 1, Map.of());
        }
    }

    /** Creates a compacted topic with one partition, as the platform's directory and contact topics are. */
    public static void createCompactedTopic(String topic) {
        createTopic(topic, 1, Map.of("cleanup.policy", "compact"));
    }

    /** Creates a topic with the given partitions and topic configuration; an existing topic is left as it is. */
    public static void createTopic(String topic, int partitions, Map<String, String> configs) {
        Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers()));
        try {
            NewTopic newTopic = new NewTopic(topic, partitions, (short) 1).configs(configs);
            admin.createTopics(List.of(newTopic)).all().get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Timed out creating topic " + topic + " (is the broker stopped?)", e);
        } finally {
            // Without a timeout, close() would wait for an abandoned request to time out by itself.
            admin.close(Duration.ZERO);
        }
    }

    /**
     * Sets one configuration of an existing topic, e.g. {@code message.timestamp.type=LogAppendTime} as production sets
     * it on a topic that systems outside the platform write.
     */
    public static void setTopicConfig(String topic, String key, String value) {
        Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers()));
        try {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(
                            resource,
                            List.of(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET))))
                    .all()
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not set " + key + " of " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while configuring " + topic, e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Timed out configuring " + topic, e);
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    /** Sends a record without headers and waits until the broker has it. */
    public static RecordMetadata send(String topic, String key, String value) {
        return send(topic, key, value, Map.of());
    }

    /**
     * Sends a record with headers (in the map's iteration order) and waits until the broker has it.
     *
     * @param value {@code null} sends a tombstone
     */
    public static RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach(
                (name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        // A producer per call: one kept across tests would outlive the Quarkus class loader it was made in.
        KafkaProducer<String, String> producer =
                newProducer(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, SEND_TIMEOUT.toMillis()));
        try {
            return producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(
                    "Broker did not acknowledge a record on " + topic + " within " + SEND_TIMEOUT, e);
        } finally {
            // Without a timeout, close() would wait for an undelivered record until its delivery timeout.
            producer.close(Duration.ZERO);
        }
    }

    /**
     * A new idempotent producer of string keys and values with {@code acks=all}; the caller closes it.
     *
     * @param overrides producer settings that replace the defaults
     */
    public static KafkaProducer<String, String> newProducer(Map<String, Object> overrides) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.putAll(overrides);
        return new KafkaProducer<>(properties);
    }

    /**
     * A new consumer of string keys and values without a group (it is meant to be assigned partitions); the caller
     * closes it.
     */
    public static KafkaConsumer<String, String> newConsumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Reading must not create the topic: that is the service's job, and a test would otherwise hide its absence.
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(properties);
    }

    /**
     * Reads a topic from its beginning until at least {@code count} records were read.
     *
     * @return every record read until then, in partition order (at least {@code count})
     * @throws org.awaitility.core.ConditionTimeoutException if fewer arrived within {@code timeout}
     */
    public static List<ConsumerRecord<String, String>> consume(String topic, int count, Duration timeout) {
        return consume(topic, record -> true, count, timeout);
    }

    /**
     * Reads a topic from its beginning until at least {@code count} records matched {@code filter}.
     *
     * @return the matching records read until then (at least {@code count})
     * @throws org.awaitility.core.ConditionTimeoutException if fewer matched within {@code timeout}
     */
    public static List<ConsumerRecord<String, String>> consume(
            String topic, Predicate<ConsumerRecord<String, String>> filter, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            await("at least " + count + " matching record(s) on " + topic)
                    .atMost(timeout)
                    // A KafkaConsumer must only be used by one thread at a time, also when the wait times out.
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        if (consumer.assignment().isEmpty() && !assignAll(consumer, topic)) {
                            return false;
                        }
                        for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                            if (filter.test(record)) {
                                matched.add(record);
                            }
                        }
                        return matched.size() >= count;
                    });
        }
        return List.copyOf(matched);
    }

    /**
     * Reads a topic from its beginning until a record matches.
     *
     * @throws org.awaitility.core.ConditionTimeoutException if none matched within {@code timeout}
     */
    public static ConsumerRecord<String, String> consumeFirst(
            String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        return consume(topic, match, 1, timeout).get(0);
    }

    /** The last value of a header as UTF-8 text, or {@code null} if the record has no such header. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** All headers as UTF-8 text, in record order; for a repeated name the last value wins. */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            String value = header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
            headers.put(header.key(), value);
        }
        return headers;
    }

    private static boolean assignAll(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> partitions;
        try {
            partitions = consumer.partitionsFor(topic, POLL);
        } catch (TimeoutException e) {
            // The topic does not exist yet (or the broker is down): the caller waits for it.
            return false;
        }
        if (partitions == null || partitions.isEmpty()) {
            return false;
        }
        List<TopicPartition> assigned = partitions.stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        return true;
    }
}
