package id.go.cilegon.ppid.contracts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who writes and who reads each topic: the producer and consumer table of the design, kept once, in
 * code, so Kafka ACLs, the AsyncAPI document and the event catalog can be checked against it.
 *
 * @param topic      the topic name (a constant of {@link Topics})
 * @param key        what the Kafka key is
 * @param producers  the services that may write it (OPD systems publish over HTTP, through routing-service)
 * @param consumers  the services (or {@link #DASHBOARDS}) that read it
 * @param restricted whether it carries personal data and must stay readable by its consumers alone
 */
public record TopicAccess(
        String topic, String key, List<String> producers, List<String> consumers, boolean restricted) {

    /** Dashboards and other read-only clients of the index. */
    public static final String DASHBOARDS = "dashboards";

    /** The table of DESIGN.md, in the order of {@link Topics#ALL}. */
    public static final List<TopicAccess> ALL = List.of(
            new TopicAccess(
                    Topics.REQUEST_EVENTS,
                    "request id",
                    List.of(Services.REQUEST_SERVICE),
                    List.of(Services.ROUTING_SERVICE, Services.NOTIFICATION_SERVICE, Services.INDEX_SERVICE),
                    false),
            new TopicAccess(
                    Topics.ROUTING_EVENTS,
                    "request id",
                    List.of(Services.ROUTING_SERVICE),
                    List.of(Services.REQUEST_SERVICE, Services.NOTIFICATION_SERVICE, Services.INDEX_SERVICE),
                    false),
            new TopicAccess(
                    Topics.SLA_EVENTS,
                    "request id",
                    List.of(Services.NOTIFICATION_SERVICE),
                    List.of(Services.REQUEST_SERVICE, Services.INDEX_SERVICE),
                    false),
            // OPD systems publish over HTTP (routing-service's POST /opd-events), which writes the topic for them.
            new TopicAccess(
                    Topics.OPD_EVENTS,
                    "OPD code",
                    List.of(Services.ROUTING_SERVICE),
                    List.of(Services.ROUTING_SERVICE, Services.REQUEST_SERVICE, Services.INDEX_SERVICE),
                    false),
            new TopicAccess(
                    Topics.DIRECTORY,
                    "OPD code",
                    List.of(Services.ROUTING_SERVICE),
                    List.of(Services.NOTIFICATION_SERVICE, Services.INDEX_SERVICE),
                    false),
            new TopicAccess(
                    Topics.APPLICANT_CONTACTS,
                    "applicant id",
                    List.of(Services.REQUEST_SERVICE),
                    List.of(Services.NOTIFICATION_SERVICE),
                    true),
            new TopicAccess(
                    Topics.REQUEST_TEXTS,
                    "request id",
                    List.of(Services.REQUEST_SERVICE),
                    List.of(Services.ROUTING_SERVICE),
                    true),
            new TopicAccess(
                    Topics.INDEX_OPD,
                    "OPD code + \"|\" + period",
                    List.of(Services.INDEX_SERVICE),
                    List.of(Services.PORTAL, DASHBOARDS),
                    false),
            new TopicAccess(
                    Topics.INDEX_CITY,
                    "period",
                    List.of(Services.INDEX_SERVICE),
                    List.of(Services.PORTAL, DASHBOARDS),
                    false),
            new TopicAccess(
                    Topics.CALENDAR,
                    "year",
                    List.of(Services.REQUEST_SERVICE),
                    List.of(Services.REQUEST_SERVICE, Services.NOTIFICATION_SERVICE),
                    false));

    public TopicAccess {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        producers = List.copyOf(producers);
        consumers = List.copyOf(consumers);
    }

    /** The row of {@code topic}, if it is a platform topic. */
    public static Optional<TopicAccess> of(String topic) {
        return ALL.stream().filter(access -> access.topic.equals(topic)).findFirst();
    }

    /** Whether records of this topic keep only the latest value per key. */
    public boolean compacted() {
        return Topics.COMPACTED.contains(topic);
    }
}
