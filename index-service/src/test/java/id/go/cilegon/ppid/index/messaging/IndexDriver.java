package id.go.cilegon.ppid.index.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventDefinition;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.index.MutableClock;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.IndexWeights;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The index topology in a {@link TopologyTestDriver}: send events as producers would, read the latest index values. */
final class IndexDriver implements AutoCloseable {

    final MutableClock clock;
    final TopologyTestDriver driver;
    private final Map<String, TestInputTopic<String, byte[]>> inputs = new LinkedHashMap<>();
    private final TestOutputTopic<String, byte[]> opdOut;
    private final TestOutputTopic<String, byte[]> cityOut;
    /** Every index record read so far, in order. */
    final List<TestRecord<String, byte[]>> opdRecords = new ArrayList<>();

    final List<TestRecord<String, byte[]>> cityRecords = new ArrayList<>();
    private final Path stateDir;
    private Instant recordTime = Instant.parse("2026-01-01T00:00:00Z");
    private boolean burst;

    IndexDriver(MutableClock clock, IndexFormula formula) {
        this(clock, formula, StreamsConfig.EXACTLY_ONCE_V2);
    }

    /**
     * @param guarantee {@code exactly_once_v2} as in production; the driver then commits, flushes and fsyncs every
     *                  store after each record, which a benchmark of the topology's own work must leave out
     */
    IndexDriver(MutableClock clock, IndexFormula formula, String guarantee) {
        this(clock, formula, guarantee, 0);
    }

    /**
     * @param cacheBytes {@code statestore.cache.max.bytes}: 0 forwards every change at once; a small cache makes
     *                   reads and writes evict (flush) other keys in the middle of processing, as in production
     */
    IndexDriver(MutableClock clock, IndexFormula formula, String guarantee, long cacheBytes) {
        this.clock = clock;
        try {
            stateDir = Files.createTempDirectory("index-driver");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        IndexTopology.Settings settings =
                new IndexTopology.Settings(IndexTopology.TopicNames.defaults(), formula, 100, Duration.ofMinutes(10));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "index-service-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, cacheBytes);
        props.put("ensure.explicit.internal.resource.naming", "true");
        driver = new TopologyTestDriver(new IndexTopology(settings, clock).build(), props);
        for (String topic : List.of(
                Topics.REQUEST_EVENTS, Topics.ROUTING_EVENTS, Topics.SLA_EVENTS, Topics.OPD_EVENTS, Topics.DIRECTORY)) {
            inputs.put(topic, driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer()));
        }
        opdOut = driver.createOutputTopic(Topics.INDEX_OPD, new StringDeserializer(), new ByteArrayDeserializer());
        cityOut = driver.createOutputTopic(Topics.INDEX_CITY, new StringDeserializer(), new ByteArrayDeserializer());
    }

    IndexDriver(MutableClock clock) {
        this(clock, new IndexFormula(IndexWeights.defaults(), 5));
    }

    /** Sends a payload on its catalog topic with CloudEvents headers, keyed by its aggregate. */
    EventMetadata send(EventPayload payload) {
        EventDefinition definition = EventCatalog.forPayload(payload.getClass());
        EventMetadata meta = EventMetadata.of(payload, "/ppid/test", clock.instant());
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(headers, meta);
        sendRaw(definition.topic(), payload.key(), EventJson.write(payload), headers);
        return meta;
    }

    void sendRaw(String topic, String key, byte[] value, Headers headers) {
        if (!burst) {
            // Events spaced wider than the publishing interval: each change is published when it happens.
            driver.advanceWallClockTime(IndexTopology.Settings.DEFAULT_PUBLISH_EVERY);
        }
        recordTime = recordTime.plusMillis(1);
        inputs.get(topic).pipeInput(new TestRecord<>(key, value, headers, recordTime));
    }

    /**
     * Sends the payloads within one publishing interval (the wall clock stands still), as a catching-up
     * application sees them; the changes made dirty are published by {@link #endOfInterval()}.
     */
    void sendBurst(EventPayload... payloads) {
        burst = true;
        try {
            sendAll(payloads);
        } finally {
            burst = false;
        }
    }

    /** Moves the wall clock to the end of the publishing interval, so the dirty scopes are published. */
    void endOfInterval() {
        driver.advanceWallClockTime(IndexTopology.Settings.DEFAULT_PUBLISH_EVERY);
    }

    void sendAll(EventPayload... payloads) {
        for (EventPayload payload : payloads) {
            send(payload);
        }
    }

    /** Moves the wall clock of the driver so the re-evaluation punctuator runs. */
    void reevaluate() {
        driver.advanceWallClockTime(Duration.ofMinutes(11));
    }

    private void drain() {
        opdRecords.addAll(opdOut.readRecordsToList());
        cityRecords.addAll(cityOut.readRecordsToList());
    }

    /** The latest OPD index per key ({@code <opd>|<period>}). */
    Map<String, OpdIndexUpdated> opd() {
        drain();
        Map<String, OpdIndexUpdated> latest = new LinkedHashMap<>();
        opdRecords.forEach(r -> latest.put(r.key(), EventJson.read(r.value(), OpdIndexUpdated.class)));
        return latest;
    }

    OpdIndexUpdated opd(String opdCode, String period) {
        return opd().get(opdCode + "|" + period);
    }

    /** The latest city index per period label. */
    Map<String, CityIndexUpdated> city() {
        drain();
        Map<String, CityIndexUpdated> latest = new LinkedHashMap<>();
        cityRecords.forEach(r -> latest.put(r.key(), EventJson.read(r.value(), CityIndexUpdated.class)));
        return latest;
    }

    CityIndexUpdated city(String period) {
        return city().get(period);
    }

    List<TestRecord<String, byte[]>> deadLetters(String topic) {
        return driver.createOutputTopic(
                        Topics.deadLetter(topic, Services.INDEX_SERVICE),
                        new StringDeserializer(),
                        new ByteArrayDeserializer())
                .readRecordsToList();
    }

    static String header(TestRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        driver.close();
    }
}
