package id.go.cilegon.ppid.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Admin look-ups on the bench broker: partitions, end offsets, consumer-group lag. */
final class KafkaTools implements AutoCloseable {

    private final String bootstrap;
    private final Admin admin;

    KafkaTools(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        this.admin = Admin.create(p);
    }

    Admin admin() {
        return admin;
    }

    /** A plain consumer without a group (assign + seek), read-committed. */
    KafkaConsumer<String, byte[]> consumer(String clientId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                IsolationLevel.READ_COMMITTED.toString().toLowerCase());
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    List<TopicPartition> partitions(Collection<String> topics) throws Exception {
        List<TopicPartition> list = new ArrayList<>();
        Map<String, TopicDescription> d =
                admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
        d.values().forEach(t -> t.partitions().forEach(pi -> list.add(new TopicPartition(t.name(), pi.partition()))));
        return list;
    }

    int partitionCount(String topic) throws Exception {
        return partitions(List.of(topic)).size();
    }

    Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
        partitions.forEach(tp -> ask.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> r =
                admin.listOffsets(ask).all().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> out = new HashMap<>();
        r.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /** Records the group has not committed yet on the given partitions (its whole backlog if it never committed). */
    long lag(String group, Collection<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> end = endOffsets(partitions);
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            long at = c == null ? 0 : c.offset();
            lag += Math.max(0, end.get(tp) - at);
        }
        return lag;
    }

    /**
     * Lag of a Kafka Streams application: on its input partitions and on its own repartition topics, since an
     * application whose inputs are all read may still be working through what it repartitioned.
     */
    long streamsLag(String applicationId, Collection<TopicPartition> inputs) throws Exception {
        List<String> repartition = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith(applicationId + "-") && t.endsWith("-repartition"))
                .toList();
        List<TopicPartition> all = new ArrayList<>(inputs);
        if (!repartition.isEmpty()) {
            all.addAll(partitions(repartition));
        }
        return lag(applicationId, all);
    }

    /** Lag of every consumer group on the topics it has committed offsets for. */
    Map<String, Long> allLags() throws Exception {
        Map<String, Long> lags = new HashMap<>();
        Collection<ConsumerGroupListing> groups =
                admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS);
        for (ConsumerGroupListing g : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(g.groupId())
                    .partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS);
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, Long> end = endOffsets(committed.keySet());
            long lag = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                // internal repartition topics are purged, end offsets still hold
                lag += Math.max(0, end.get(e.getKey()) - e.getValue().offset());
            }
            lags.put(g.groupId(), lag);
        }
        return lags;
    }

    /** How long the platform took to catch up, and the groups that made no progress at all (stuck consumers). */
    record Quiet(Duration waited, Map<String, Long> stuck) {}

    /**
     * Waits until every consumer group of the platform has caught up (lag at most a few records, e.g. transaction
     * markers), so a measurement does not start behind the backlog of the one before. A group whose lag does not
     * shrink for {@code stall} is reported as stuck and no longer waited for (a consumer that failed its channel).
     */
    Quiet awaitQuiet(Duration timeout, Duration stall, Collection<String> groupPrefixesToIgnore) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        Map<String, Long> lags = Map.of();
        Map<String, Long> lastLag = new HashMap<>();
        Map<String, Long> lastProgress = new HashMap<>();
        Map<String, Long> stuck = new java.util.TreeMap<>();
        int quietPolls = 0;
        while (System.nanoTime() < deadline) {
            long now = System.nanoTime();
            lags = allLags();
            lags.keySet().removeIf(g -> groupPrefixesToIgnore.stream().anyMatch(g::startsWith));
            for (Map.Entry<String, Long> e : lags.entrySet()) {
                Long before = lastLag.put(e.getKey(), e.getValue());
                if (before == null || e.getValue() < before || e.getValue() <= 5) {
                    lastProgress.put(e.getKey(), now);
                } else if (now - lastProgress.get(e.getKey()) > stall.toNanos() && !stuck.containsKey(e.getKey())) {
                    stuck.put(e.getKey(), e.getValue());
                    Bench.log(
                            "consumer group %s makes no progress (lag %d for %d s): not waiting for it",
                            e.getKey(), e.getValue(), stall.toSeconds());
                }
            }
            boolean quiet = lags.entrySet().stream().allMatch(e -> e.getValue() <= 5 || stuck.containsKey(e.getKey()));
            quietPolls = quiet ? quietPolls + 1 : 0;
            if (quietPolls >= 2) {
                return new Quiet(Duration.ofNanos(System.nanoTime() - t0), stuck);
            }
            Thread.sleep(1000);
        }
        throw new TimeoutException("the platform did not catch up within " + timeout + ": lags " + lags);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
