package id.go.cilegon.ppid.devstack;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.TopicAccess;
import id.go.cilegon.ppid.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the platform's topics from "now" on, without a consumer group (nothing is committed, no service is
 * disturbed), and keeps what it sees for {@code ./ppid demo}. Personal data never shows: the applicant-contacts
 * topic is not read, and only headers and keys are kept.
 */
final class EventWatch implements AutoCloseable {

    /** One record as the walkthrough shows it. */
    record Seen(String topic, String key, String type, String time, String subject) {}

    /** Topics shown by the walkthrough: all platform topics but those with personal data (contacts, texts). */
    static final List<String> TOPICS = TopicAccess.ALL.stream()
            .filter(access -> !access.restricted())
            .map(TopicAccess::topic)
            .toList();

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;
    private volatile RuntimeException failure;
    private int shown;

    /** Starts reading at the current end of every topic. */
    EventWatch(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // index-service writes in transactions
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "ppid-demo-walkthrough");
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic, Duration.ofSeconds(15))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes "now" before anything is sent
        poller = new Thread(this::poll, "ppid-demo-events");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(new Seen(
                            r.topic(),
                            r.key(),
                            header(r, CloudEventHeaders.TYPE),
                            header(r, CloudEventHeaders.TIME),
                            header(r, CloudEventHeaders.SUBJECT)));
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    /**
     * Whether a record belongs to the walkthrough's request: keyed by it or about it (CloudEvents subject), or an
     * index update of the OPD that holds it ({@code ppid.index.opd.v1} key {@code <opdCode>|<period>}).
     */
    static boolean concerns(Seen e, String requestId, String opdCode) {
        if (requestId.equals(e.key()) || requestId.equals(e.subject())) {
            return true;
        }
        return opdCode != null
                && Topics.INDEX_OPD.equals(e.topic())
                && e.key() != null
                && e.key().startsWith(opdCode + "|");
    }

    /** The matching records seen since the last call. */
    synchronized List<Seen> next(Predicate<Seen> filter) {
        if (failure != null) {
            throw failure;
        }
        List<Seen> out = new ArrayList<>();
        for (; shown < seen.size(); shown++) {
            Seen e = seen.get(shown);
            if (filter.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Waits (bounded) until a matching record of {@code type} arrived; true if it did. */
    boolean await(Predicate<Seen> filter, String type, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Seen e : seen) {
                if (filter.test(e) && (type == null || type.equals(e.type()))) {
                    return true;
                }
            }
            sleep(200);
        }
        return false;
    }

    /** Waits (bounded) until a matching record arrived after the first {@code after} records seen so far. */
    boolean awaitNew(Predicate<Seen> filter, int after, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (int i = after; i < seen.size(); i++) {
                if (filter.test(seen.get(i))) {
                    return true;
                }
            }
            sleep(200);
        }
        return false;
    }

    /** How many records were seen so far. */
    int count() {
        return seen.size();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
    }
}
