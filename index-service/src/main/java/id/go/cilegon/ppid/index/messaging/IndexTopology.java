package id.go.cilegon.ppid.index.messaging;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.index.domain.Contribution;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.ScopeAggregate;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The Kafka Streams topology of the index.
 *
 * <pre>
 * request, routing, SLA events (key: request id) ─┐
 * OPD events (key: OPD code) ─────────────────────┼─ parse ─ bad → &lt;topic&gt;.index-service.dlq
 *                                                  └─ fold per key → facts (KTable: request facts | OPD register)
 * facts ─ groupBy OPD  ─ aggregate(adder, subtractor) → opd-aggregates  ─ publish → ppid.index.opd.v1
 * facts ─ groupBy city ─ aggregate(adder, subtractor) → city-aggregates ─ publish → ppid.index.city.v1
 * directory (GlobalKTable, raw) → directory store, read by the REST layer
 * </pre>
 *
 * <p>Every store, repartition topic and processor is named, so that the internal topics keep their names when the
 * topology evolves ({@code ensure.explicit.internal.resource.naming=true} checks this at startup).
 */
public final class IndexTopology {

    /** Fold of each input key: request facts or an OPD's periodic register. */
    public static final String FACTS_STORE = "facts";
    /** Aggregates per OPD code. */
    public static final String OPD_STORE = "opd-aggregates";
    /** The city-wide aggregate, one key. */
    public static final String CITY_STORE = "city-aggregates";
    /** Fingerprints of the OPD index values last published, per output key. */
    public static final String OPD_PUBLISHED_STORE = "opd-published";
    /** Fingerprints of the city index values last published, per output key. */
    public static final String CITY_PUBLISHED_STORE = "city-published";
    /** The OPD directory as published by routing-service (raw JSON values). */
    public static final String DIRECTORY_STORE = "directory";
    /** The only key of the city aggregate. */
    public static final String CITY_KEY = "*";

    private final Settings settings;
    private final Clock clock;
    private final Consumer<String> skipped;

    /**
     * What the topology needs besides the clock.
     *
     * @param topics          topic names
     * @param formula         the index formula
     * @param retentionDays   days of day-level counts kept for the rolling window (at least 90)
     * @param reevaluateEvery how often every aggregate is re-evaluated against the date
     * @param publishEvery    a scope's index is published at most once per this interval (its first change after a
     *                        quiet interval at once, later ones together at the end of the interval)
     */
    public record Settings(
            TopicNames topics,
            IndexFormula formula,
            int retentionDays,
            Duration reevaluateEvery,
            Duration publishEvery) {

        /**
         * The default publishing interval: half the production commit interval, so that a scope flushed from the
         * record cache once per commit is always published at once, and the interval only limits a scope whose
         * changes arrive one by one (no cache, or a full one).
         */
        public static final Duration DEFAULT_PUBLISH_EVERY = Duration.ofMillis(100);

        public Settings(TopicNames topics, IndexFormula formula, int retentionDays, Duration reevaluateEvery) {
            this(topics, formula, retentionDays, reevaluateEvery, DEFAULT_PUBLISH_EVERY);
        }

        public Settings {
            Objects.requireNonNull(topics, "topics");
            Objects.requireNonNull(formula, "formula");
            if (retentionDays < 90) {
                throw new IllegalArgumentException("retentionDays must cover the 90-day window, got " + retentionDays);
            }
            Objects.requireNonNull(reevaluateEvery, "reevaluateEvery");
            Objects.requireNonNull(publishEvery, "publishEvery");
            if (publishEvery.isNegative() || publishEvery.isZero()) {
                throw new IllegalArgumentException("publishEvery must be positive, got " + publishEvery);
            }
        }
    }

    /** Topic names; the defaults are the contracts' constants. */
    public record TopicNames(
            String requestEvents,
            String routingEvents,
            String slaEvents,
            String opdEvents,
            String directory,
            String indexOpd,
            String indexCity) {

        public static TopicNames defaults() {
            return new TopicNames(
                    Topics.REQUEST_EVENTS,
                    Topics.ROUTING_EVENTS,
                    Topics.SLA_EVENTS,
                    Topics.OPD_EVENTS,
                    Topics.DIRECTORY,
                    Topics.INDEX_OPD,
                    Topics.INDEX_CITY);
        }
    }

    public IndexTopology(Settings settings, Clock clock) {
        this(settings, clock, topic -> {});
    }

    /** @param skipped told the input topic of each record skipped for a type it does not carry */
    public IndexTopology(Settings settings, Clock clock, Consumer<String> skipped) {
        this.settings = settings;
        this.clock = clock;
        this.skipped = skipped;
    }

    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        TopicNames topics = settings.topics();
        Serde<String> strings = Serdes.String();

        KStream<String, InputEvent> events = read(builder, topics.requestEvents(), Topics.REQUEST_EVENTS, "request")
                .merge(
                        read(builder, topics.routingEvents(), Topics.ROUTING_EVENTS, "routing"),
                        Named.as("merge-routing"))
                .merge(read(builder, topics.slaEvents(), Topics.SLA_EVENTS, "sla"), Named.as("merge-sla"))
                .merge(read(builder, topics.opdEvents(), Topics.OPD_EVENTS, "opd"), Named.as("merge-opd"));

        // Binary, not JSON: every event reads and writes a fact and two aggregates (see StateBinary).
        Serde<Contribution> contributionSerde = StateBinary.contributionSerde();
        Serde<ScopeAggregate> aggregateSerde = StateBinary.aggregateSerde();

        // Events keep the key they arrived with, so the fold needs no repartition: one request's (or one OPD's)
        // events are folded in order on the task that owns its partition. The fold works on a copy because Kafka
        // Streams passes the same object on as the old value, which the groupBy below subtracts.
        KTable<String, Contribution> facts = events.groupByKey(
                        Grouped.with("facts-input", strings, InputEventSerde.create()))
                .aggregate(
                        Contribution::new,
                        (key, event, contribution) ->
                                StateBinary.copy(contribution).apply(key, event.payload()),
                        Named.as("fold-facts"),
                        Materialized.<String, Contribution, KeyValueStore<Bytes, byte[]>>as(FACTS_STORE)
                                .withKeySerde(strings)
                                .withValueSerde(contributionSerde)
                                // No record cache for the facts: in steady state a request's events are days
                                // apart, so caching them folds almost nothing, and during a rebuild hundreds of
                                // thousands of facts fill the thread's cache; a full cache then evicts (writes,
                                // logs and forwards) each aggregate on every change instead of once per commit.
                                .withCachingDisabled());

        KTable<String, ScopeAggregate> opd = facts.filter(
                        (key, c) -> c.opdScope() != null, Named.as("counts-for-an-opd"))
                .groupBy((key, c) -> KeyValue.pair(c.opdScope(), c), Grouped.with("by-opd", strings, contributionSerde))
                .aggregate(
                        ScopeAggregate::new,
                        (key, c, aggregate) -> aggregate.add(c, 1, false, today(), settings.retentionDays()),
                        (key, c, aggregate) -> aggregate.add(c, -1, false, today(), settings.retentionDays()),
                        Named.as("aggregate-opd"),
                        Materialized.<String, ScopeAggregate, KeyValueStore<Bytes, byte[]>>as(OPD_STORE)
                                .withKeySerde(strings)
                                .withValueSerde(aggregateSerde));

        KTable<String, ScopeAggregate> city = facts.filter(
                        (key, c) -> c.cityCountable(), Named.as("counts-for-the-city"))
                .groupBy((key, c) -> KeyValue.pair(CITY_KEY, c), Grouped.with("by-city", strings, contributionSerde))
                .aggregate(
                        ScopeAggregate::new,
                        (key, c, aggregate) -> aggregate.add(c, 1, true, today(), settings.retentionDays()),
                        (key, c, aggregate) -> aggregate.add(c, -1, true, today(), settings.retentionDays()),
                        Named.as("aggregate-city"),
                        Materialized.<String, ScopeAggregate, KeyValueStore<Bytes, byte[]>>as(CITY_STORE)
                                .withKeySerde(strings)
                                .withValueSerde(aggregateSerde));

        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OPD_PUBLISHED_STORE), strings, strings));
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CITY_PUBLISHED_STORE), strings, strings));

        opd.toStream(Named.as("opd-aggregate-changes"))
                .process(
                        () -> new IndexPublisher(
                                false,
                                OPD_STORE,
                                OPD_PUBLISHED_STORE,
                                settings.formula(),
                                clock,
                                settings.reevaluateEvery(),
                                settings.publishEvery()),
                        Named.as("publish-opd-index"),
                        OPD_STORE,
                        OPD_PUBLISHED_STORE)
                .to(
                        topics.indexOpd(),
                        Produced.with(strings, Serdes.ByteArray()).withName("index-opd-sink"));
        city.toStream(Named.as("city-aggregate-changes"))
                .process(
                        () -> new IndexPublisher(
                                true,
                                CITY_STORE,
                                CITY_PUBLISHED_STORE,
                                settings.formula(),
                                clock,
                                settings.reevaluateEvery(),
                                settings.publishEvery()),
                        Named.as("publish-city-index"),
                        CITY_STORE,
                        CITY_PUBLISHED_STORE)
                .to(
                        topics.indexCity(),
                        Produced.with(strings, Serdes.ByteArray()).withName("index-city-sink"));

        builder.globalTable(
                topics.directory(),
                Consumed.with(strings, Serdes.ByteArray()).withName("directory-source"),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(DIRECTORY_STORE)
                        .withKeySerde(strings)
                        .withValueSerde(Serdes.ByteArray()));

        return builder.build();
    }

    /**
     * Reads one input topic; records that cannot be read go to its dead-letter topic, types it does not carry are
     * skipped, and the rest go on.
     */
    private KStream<String, InputEvent> read(StreamsBuilder builder, String topic, String contractTopic, String name) {
        KStream<String, Parsed> parsed = builder.stream(
                        topic,
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-source"))
                .processValues(() -> new ParseProcessor(contractTopic, skipped), Named.as(name + "-parse"));
        parsed.filter((key, p) -> p.failed(), Named.as(name + "-failed"))
                .processValues(DeadLetterProcessor::new, Named.as(name + "-dead-letter-headers"))
                .to(
                        Topics.deadLetter(topic, Services.INDEX_SERVICE),
                        Produced.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-dead-letter-sink"));
        return parsed.filter((key, p) -> !p.failed(), Named.as(name + "-read"))
                .mapValues(Parsed::event, Named.as(name + "-events"));
    }

    private java.time.LocalDate today() {
        return LegalTime.toLegalDate(clock.instant());
    }
}
