package id.go.cilegon.ppid.e2e;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every record of some topics, read from their beginning by a background consumer (no group), kept in memory
 * for the test to search with Awaitility.
 */
final class EventLog implements AutoCloseable {

    /** One record: topic, key, CloudEvents type, payload JSON. */
    record Event(String topic, String key, String type, String json) {
        <T> T as(Class<T> payload) {
            return EventJson.read(json.getBytes(StandardCharsets.UTF_8), payload);
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    EventLog(String bootstrap, List<String> topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        poller = new Thread(this::poll, "e2e-event-log");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    Header type = r.headers().lastHeader(CloudEventHeaders.TYPE);
                    events.add(new Event(
                            r.topic(),
                            r.key(),
                            type == null ? null : new String(type.value(), StandardCharsets.UTF_8),
                            r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8)));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The events read so far that match. */
    List<Event> find(Predicate<Event> filter) {
        return events.stream().filter(filter).toList();
    }

    /** The events of one topic with one key and type. */
    List<Event> find(String topic, String key, String type) {
        return find(e -> e.topic().equals(topic) && key.equals(e.key()) && type.equals(e.type()));
    }

    /** Counts by topic, for the report. */
    Map<String, Long> countsByTopic() {
        return events.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Event::topic, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
