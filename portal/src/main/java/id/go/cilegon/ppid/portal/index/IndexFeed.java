package id.go.cilegon.ppid.portal.index;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.portal.config.PortalConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Follows the two compacted index topics like any dashboard: every partition assigned, read from the beginning, no
 * consumer group and no commits (a restart reads them whole again, which compaction keeps small), into the
 * {@link IndexBoard}. Each poll's changes are announced on {@link #changes()} (the scopes: {@code city} or
 * {@code opd:<code>}), which the live pages follow. A record that does not read as its type is skipped and counted
 * ({@code ppid_portal_index_skipped_total}): the portal only reads, and index-service owns the topics.
 */
@ApplicationScoped
public class IndexFeed {

    private static final Logger LOG = Logger.getLogger(IndexFeed.class);
    /** The scope of a change to the city's index. */
    public static final String CITY = "city";

    @Inject
    IndexBoard board;

    @Inject
    PortalConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    MeterRegistry metrics;

    private final BroadcastProcessor<Set<String>> changes = BroadcastProcessor.create();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean caughtUp;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    void start(@Observes StartupEvent start) {
        running.set(true);
        thread = new Thread(this::run, "index-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running.set(false);
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /** The scopes that changed, one set per poll that changed anything. */
    public Multi<Set<String>> changes() {
        return changes;
    }

    /** Whether the board has read both topics up to where they ended when the portal started. */
    public boolean caughtUp() {
        return caughtUp;
    }

    private void run() {
        while (running.get()) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(settings())) {
                consumer = c;
                follow(c);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                // The broker unreachable or a topic missing: the pages keep what they have, and the feed tries again.
                LOG.warnf("Index feed interrupted (%s); reading the topics again in 2 s", e.toString());
                sleepQuietly(Duration.ofSeconds(2));
            }
        }
    }

    private void follow(KafkaConsumer<String, byte[]> c) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(config.topics().indexOpd(), config.topics().indexCity())) {
            var infos = c.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                // index-service creates them with its first values; a new platform has none yet
                throw new IllegalStateException("topic " + topic + " does not exist yet");
            }
            infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        c.assign(partitions);
        c.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = c.endOffsets(partitions);
        while (running.get()) {
            Set<String> changed = new TreeSet<>();
            for (ConsumerRecord<String, byte[]> record : c.poll(Duration.ofMillis(500))) {
                apply(record).ifPresent(changed::add);
            }
            if (!caughtUp && partitions.stream().allMatch(tp -> c.position(tp) >= ends.get(tp))) {
                caughtUp = true;
                LOG.infof("Index feed caught up: %d OPDs", board.opdCodes().size());
            }
            if (!changed.isEmpty()) {
                changes.onNext(changed);
            }
        }
    }

    /** Applies one record; the scope it changed, if any. */
    private Optional<String> apply(ConsumerRecord<String, byte[]> record) {
        boolean city = record.topic().equals(config.topics().indexCity());
        try {
            if (record.key() == null) {
                throw new InvalidEventException("record without a key");
            }
            if (record.value() == null) {
                boolean removed = city ? board.removeCity(record.key()) : board.removeOpd(record.key());
                return removed ? Optional.of(city ? CITY : "opd:" + opdOf(record.key())) : Optional.empty();
            }
            if (city) {
                CityIndexUpdated value = EventJson.read(record.value(), CityIndexUpdated.class);
                return board.put(value) ? Optional.of(CITY) : Optional.empty();
            }
            OpdIndexUpdated value = EventJson.read(record.value(), OpdIndexUpdated.class);
            return board.put(value) ? Optional.of("opd:" + value.opdCode()) : Optional.empty();
        } catch (InvalidEventException | IllegalArgumentException e) {
            metrics.counter("ppid.portal.index.skipped", "topic", record.topic())
                    .increment();
            LOG.warnf("Skipped %s[%d]@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String opdOf(String key) {
        int bar = key.indexOf('|');
        return bar < 0 ? key : key.substring(0, bar);
    }

    private Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        // index-service writes the topics in transactions (exactly-once): read only what it committed
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "portal-index-feed");
        return settings;
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
