package id.go.cilegon.ppid.calendar.feed;

import id.go.cilegon.ppid.calendar.CalendarEntry;
import id.go.cilegon.ppid.calendar.CalendarFile;
import id.go.cilegon.ppid.calendar.EntryKind;
import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.YearStatus;
import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearPublished;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the platform's calendar topic into a {@link LiveCalendar}: reads it from the start when the service starts
 * (no consumer group, nothing committed: every replica reads every year) and goes on reading while the service runs,
 * so an upload changes the service's dates without a restart. A record it cannot read is logged and skipped; the year
 * stays as it was. Without the broker the service keeps counting on what it has (the bundled years, estimates beyond),
 * never refusing a date, and catches up when the broker is back.
 */
public final class CalendarFeed implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CalendarFeed.class.getName());
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final Map<String, Object> consumerConfig;
    private final String topic;
    private final LiveCalendar calendar;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean closed;
    private volatile String lastError;
    private volatile Instant lastRecordAt;

    private CalendarFeed(Map<String, Object> kafkaConfig, String topic, LiveCalendar calendar, String clientId) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumerConfig = config;
        this.topic = topic;
        this.calendar = calendar;
        this.thread = new Thread(this::run, "calendar-feed");
        this.thread.setDaemon(true);
    }

    /**
     * Starts following {@code topic} into {@code calendar}.
     *
     * @param kafkaConfig the service's Kafka client settings (bootstrap servers, security); group and deserializers
     *                    are this class's own
     */
    public static CalendarFeed start(
            Map<String, Object> kafkaConfig, String topic, LiveCalendar calendar, String clientId) {
        CalendarFeed feed = new CalendarFeed(kafkaConfig, topic, calendar, clientId);
        feed.thread.start();
        return feed;
    }

    /** Waits until every year published before the feed started has been read; false if that took longer. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the years published before the feed started have all been read. */
    public boolean caughtUp() {
        return caughtUp.getCount() == 0;
    }

    /** The last problem (broker unreachable, an unreadable record), if the feed had one since it last read well. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** When the last calendar record was read, if any. */
    public Optional<Instant> lastRecordAt() {
        return Optional.ofNullable(lastRecordAt);
    }

    private void run() {
        while (!closed) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig)) {
                consumer = kafka;
                if (closed) {
                    return;
                }
                follow(kafka);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                lastError = e.toString();
                LOG.log(
                        Level.WARNING,
                        "Calendar feed of " + topic + " failed (" + e + "); trying again in " + RETRY.toSeconds()
                                + " s with the calendar as it is",
                        e);
                sleep(RETRY);
            }
        }
    }

    private void follow(KafkaConsumer<String, byte[]> kafka) {
        List<TopicPartition> partitions = partitions(kafka);
        kafka.assign(partitions);
        kafka.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
        lastError = null;
        while (!closed) {
            for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                take(record);
            }
            if (caughtUp.getCount() > 0
                    && end.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue())) {
                caughtUp.countDown();
                LOG.info(() -> "Calendar feed read " + topic + "; published years: " + calendar.revisions());
            }
        }
    }

    /** The topic's partitions, waiting for the topic to exist (request-service creates it by publishing the seed). */
    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> kafka) {
        while (!closed) {
            List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
            }
            lastError = "topic " + topic + " does not exist yet";
            // Nothing published yet: there is nothing to catch up with.
            caughtUp.countDown();
            sleep(RETRY);
        }
        throw new WakeupException();
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            // A year is never withdrawn: a tombstone would leave the platform without the decree it had. Keep it.
            LOG.warning(() -> "Calendar feed: ignoring a tombstone for year " + record.key() + " at " + record.topic()
                    + "[" + record.partition() + "]@" + record.offset());
            return;
        }
        try {
            EventMetadata meta = CloudEventHeaders.read(record.headers());
            if (!EventTypes.CALENDAR_YEAR_PUBLISHED.equals(meta.type())) {
                throw new IllegalArgumentException("unexpected event type " + meta.type());
            }
            CalendarYearPublished year = EventJson.read(record.value(), CalendarYearPublished.class);
            if (!year.key().equals(record.key())) {
                throw new IllegalArgumentException("Kafka key " + record.key() + " is not the year " + year.year());
            }
            boolean changed = calendar.apply(toFile(year), year.revision());
            lastRecordAt = Instant.now();
            if (changed) {
                LOG.info(() -> "Calendar " + year.year() + " is now " + year.status() + " revision " + year.revision()
                        + " (" + year.legalSource() + ", version " + year.version() + ")");
            }
        } catch (RuntimeException e) {
            lastError = "unreadable record at " + record.topic() + "[" + record.partition() + "]@" + record.offset()
                    + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "Calendar feed: skipping " + lastError, e);
        }
    }

    /** The published year as the calendar takes it. */
    public static CalendarFile toFile(CalendarYearPublished year) {
        return new CalendarFile(
                year.year(),
                YearStatus.valueOf(year.status().name()),
                year.legalSource(),
                year.version(),
                year.days().stream()
                        .map(d -> new CalendarEntry(
                                d.date(), EntryKind.valueOf(d.kind().name()), d.name()))
                        .toList(),
                List.of());
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        KafkaConsumer<String, byte[]> kafka = consumer;
        if (kafka != null) {
            kafka.wakeup();
        }
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
