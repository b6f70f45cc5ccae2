package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.TopicAccess;
import id.go.cilegon.ppid.contracts.Topics;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A KafkaTopic for every topic of contracts and every dead-letter topic of the design, set up per topic. */
class KafkaTopicsTest {

    private static final long DAY_MS = 86_400_000L;

    private static Map<String, KafkaTopic> topics(String overlay) {
        Map<String, KafkaTopic> byName = new HashMap<>();
        for (KafkaTopic t : Rendered.of(overlay).all(KafkaTopic.class)) {
            String name = t.getSpec().getTopicName() != null
                    ? t.getSpec().getTopicName()
                    : t.getMetadata().getName();
            assertTrue(byName.put(name, t) == null, "two KafkaTopics for " + name);
            assertEquals("ppid-kafka", t.getMetadata().getLabels().get("strimzi.io/cluster"), name);
        }
        return byName;
    }

    private static long number(KafkaTopic t, String key) {
        Object value = t.getSpec().getConfig().get(key);
        assertTrue(value instanceof Number, t.getSpec().getTopicName() + ": " + key + " = " + value);
        return ((Number) value).longValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void exactlyTheTopicsOfContractsAndTheirDeadLetterTopics(String overlay) {
        Map<String, KafkaTopic> topics = topics(overlay);
        for (String topic : Topics.ALL) {
            assertTrue(topics.containsKey(topic), overlay + ": no KafkaTopic for contracts topic " + topic);
        }
        assertEquals(
                DesignTopics.allTopics(),
                new TreeSet<>(topics.keySet()),
                overlay + ": KafkaTopics must be Topics.ALL plus one <topic>.<consumer>.dlq per consumer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void compactionAndRetentionFollowTheContract(String overlay) {
        Map<String, KafkaTopic> topics = topics(overlay);
        for (String name : Topics.ALL) {
            KafkaTopic t = topics.get(name);
            String policy = (String) t.getSpec().getConfig().get(TopicConfig.CLEANUP_POLICY_CONFIG);
            if (Topics.COMPACTED.contains(name)) {
                assertEquals("compact", policy, name);
            } else {
                assertEquals("delete", policy, name);
                // index-service rebuilds its numbers by replaying from offset 0: nothing may expire.
                assertEquals(-1, number(t, TopicConfig.RETENTION_MS_CONFIG), name);
                assertEquals(-1, number(t, TopicConfig.RETENTION_BYTES_CONFIG), name);
            }
        }
        for (String dlq : DesignTopics.deadLetterTopics().keySet()) {
            KafkaTopic t = topics.get(dlq);
            assertEquals("delete", t.getSpec().getConfig().get(TopicConfig.CLEANUP_POLICY_CONFIG), dlq);
            assertTrue(
                    number(t, TopicConfig.RETENTION_MS_CONFIG) >= 7 * DAY_MS,
                    dlq + " kept too briefly to be looked at");
        }
    }

    /** Topics written from outside the platform carry the broker's arrival time, not the sender's clock. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void recordsFromOutsideAreStampedByTheBroker(String overlay) {
        Map<String, KafkaTopic> topics = topics(overlay);
        for (KafkaTopic t : topics.values()) {
            String name = t.getSpec().getTopicName();
            Object type = t.getSpec().getConfig().get(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG);
            assertEquals(Topics.BROKER_TIMESTAMPED.contains(name) ? "LogAppendTime" : null, type, name);
        }
    }

    /** A system outside the platform may not put records larger than 256 KiB on a topic the platform reads. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void recordsFromOutsideAreBounded(String overlay) {
        for (KafkaTopic t : topics(overlay).values()) {
            String name = t.getSpec().getTopicName();
            Object limit = t.getSpec().getConfig().get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            if (Topics.WRITTEN_FROM_OUTSIDE.contains(name)) {
                assertEquals(Topics.OUTSIDE_MAX_MESSAGE_BYTES, ((Number) limit).intValue(), name);
            }
        }
        assertTrue(topics(overlay).values().stream()
                .map(t -> t.getSpec().getTopicName())
                .toList()
                .containsAll(Topics.WRITTEN_FROM_OUTSIDE));
    }

    /**
     * A tombstone on a topic with personal data (contacts, the applicant's words) must really erase: old values
     * compacted away within a day, and their dead letters kept a week at most.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void topicsWithPersonalDataAreErasable(String overlay) {
        Map<String, KafkaTopic> topics = topics(overlay);
        List<TopicAccess> restricted =
                TopicAccess.ALL.stream().filter(TopicAccess::restricted).toList();
        assertEquals(
                List.of(Topics.APPLICANT_CONTACTS, Topics.REQUEST_TEXTS),
                restricted.stream().map(TopicAccess::topic).toList());
        for (TopicAccess access : restricted) {
            KafkaTopic topic = topics.get(access.topic());
            assertEquals("compact", topic.getSpec().getConfig().get(TopicConfig.CLEANUP_POLICY_CONFIG), access.topic());
            assertTrue(number(topic, TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG) <= DAY_MS, access.topic());
            assertTrue(number(topic, TopicConfig.SEGMENT_MS_CONFIG) <= DAY_MS, access.topic());
            // ...and the tombstone stays long enough for a consumer that was down to see it.
            assertTrue(number(topic, TopicConfig.DELETE_RETENTION_MS_CONFIG) >= DAY_MS, access.topic());
            for (String consumer : access.consumers()) {
                KafkaTopic dlq = topics.get(Topics.deadLetter(access.topic(), consumer));
                assertTrue(
                        number(dlq, TopicConfig.RETENTION_MS_CONFIG) <= 7 * DAY_MS,
                        "dead letters of " + access.topic() + " hold personal data");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void settingsAreKafkaTopicConfigsAndFitTheBrokers(String overlay) throws Exception {
        Set<String> known = new HashSet<>();
        for (Field f : TopicConfig.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("_CONFIG")) {
                known.add((String) f.get(null));
            }
        }
        int brokers = 0;
        for (KafkaNodePool pool : Rendered.of(overlay).all(KafkaNodePool.class)) {
            if (pool.getSpec().getRoles().contains(ProcessRoles.BROKER)) {
                brokers += pool.getSpec().getReplicas();
            }
        }
        for (KafkaTopic t : topics(overlay).values()) {
            String name = t.getSpec().getTopicName();
            for (String key : t.getSpec().getConfig().keySet()) {
                assertTrue(known.contains(key), name + ": " + key + " is not a Kafka topic configuration");
            }
            int replicas = t.getSpec().getReplicas();
            assertTrue(
                    replicas >= 1 && replicas <= brokers,
                    name + ": " + replicas + " replicas, " + brokers + " brokers");
            long minIsr = number(t, TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
            assertTrue(
                    replicas == 1 ? minIsr == 1 : minIsr < replicas,
                    name + ": min.insync.replicas " + minIsr + " leaves no room for a broker down");
            assertTrue(t.getSpec().getPartitions() >= 1, name);
        }
    }
}
