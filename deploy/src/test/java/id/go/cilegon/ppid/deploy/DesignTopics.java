package id.go.cilegon.ppid.deploy;

import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.TopicAccess;
import id.go.cilegon.ppid.contracts.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The producer/consumer table of DESIGN.md ("Events", "Topics"), written down once for the checks of
 * topics and ACLs. {@link #DASHBOARDS} stands for the external consumers of the table. DesignTableTest compares it with the copy of that table in docs/events.md.
 */
public final class DesignTopics {

    /** Consumer of the index topics outside the platform (KafkaUser ppid-dashboards). */
    public static final String DASHBOARDS = TopicAccess.DASHBOARDS;

    /** One row: topic, its producers, its consumers. */
    public record Row(String topic, List<String> producers, List<String> consumers) {}

    /** The table as contracts keeps it ({@link TopicAccess}), so the ACL checks and the code share one source. */
    public static final List<Row> TABLE = TopicAccess.ALL.stream()
            .map(access -> new Row(access.topic(), access.producers(), access.consumers()))
            .toList();

    /** The platform's applications that talk to Kafka, each with a KafkaUser of its own name. */
    public static final List<String> SERVICES = List.of(
            Services.REQUEST_SERVICE,
            Services.ROUTING_SERVICE,
            Services.NOTIFICATION_SERVICE,
            Services.INDEX_SERVICE,
            Services.PORTAL);

    /**
     * Readers that follow every topic they read, like every reader follows {@link Topics#FOLLOWED}: whole, from the
     * start, with partitions they assign themselves, nothing committed, no dead-letter topic. The portal keeps the
     * index in memory for its live dashboard.
     */
    public static final Set<String> FOLLOWERS = Set.of(Services.PORTAL);

    /** index-service's Kafka Streams application.id (Quarkus default: the application name). */
    public static final String INDEX_APPLICATION_ID = Services.INDEX_SERVICE;

    private DesignTopics() {}

    /** Whether {@code party} reads {@code topic} whole without a consumer group (no group, no dead-letter topic). */
    public static boolean follows(String party, String topic) {
        return Topics.FOLLOWED.contains(topic) || FOLLOWERS.contains(party);
    }

    /** Dead-letter topic of every platform service that consumes a topic through its group. */
    public static Map<String, String> deadLetterTopics() {
        Map<String, String> dlq = new LinkedHashMap<>();
        for (Row row : TABLE) {
            for (String consumer : row.consumers()) {
                if (SERVICES.contains(consumer) && !follows(consumer, row.topic())) {
                    dlq.put(Topics.deadLetter(row.topic(), consumer), consumer);
                }
            }
        }
        return dlq;
    }

    public static List<String> produces(String party) {
        List<String> topics = new ArrayList<>();
        TABLE.stream().filter(r -> r.producers().contains(party)).forEach(r -> topics.add(r.topic()));
        return topics;
    }

    public static List<String> consumes(String party) {
        List<String> topics = new ArrayList<>();
        TABLE.stream().filter(r -> r.consumers().contains(party)).forEach(r -> topics.add(r.topic()));
        return topics;
    }

    public static Set<String> allTopics() {
        Set<String> all = new TreeSet<>(Topics.ALL);
        all.addAll(deadLetterTopics().keySet());
        return all;
    }
}
