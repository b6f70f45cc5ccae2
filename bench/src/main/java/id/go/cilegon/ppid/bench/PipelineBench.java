package id.go.cilegon.ppid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.cilegon.ppid.bench.Platform.Service;
import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Issue 8, measurement 2: a steady, open-loop rate of submissions (each due at its intended time, latency counted
 * from it) and, per accepted request, the time from its 201 to (a) its routing event on ppid.routing.events.v1, (b)
 * its ANSWER clock existing in notification-service's database (polled every 20 ms), (c) the index topic
 * ppid.index.opd.v1 reflecting it: the {@code received} count of its OPD's current month reaching the baseline plus
 * its rank among this run's requests routed to that OPD. All clocks are this JVM's System.nanoTime.
 */
public final class PipelineBench {

    /** What happened to one accepted request, in nanoTime; 0 = not (yet) seen. */
    static final class Track {
        volatile long accepted;
        volatile long published;
        volatile long routed;
        volatile long clock;
        volatile long indexed;
        volatile String opd;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Platform platform;
    private final Options options;
    private final Tokens tokens;
    private final Forms forms;
    private final Map<UUID, Track> tracks = new ConcurrentHashMap<>();
    private final Latencies intake = new Latencies();
    private final Latencies toPublished = new Latencies();
    private final Latencies toRouted = new Latencies();
    private final Latencies toClock = new Latencies();
    private final Latencies toIndex = new Latencies();
    private final AtomicLong notAccepted = new AtomicLong();
    private final Map<String, Long> outcomes = new ConcurrentHashMap<>();
    private final AtomicLong failed = new AtomicLong();
    private long sent;
    private long queued;
    private double offeredRate;
    private double achievedRate;
    private Duration settle = Duration.ZERO;
    private Map<String, Long> stuck = Map.of();
    private volatile boolean stop;

    public PipelineBench(Platform platform, Tokens tokens, Forms forms) {
        this.platform = platform;
        this.options = platform.options();
        this.tokens = tokens;
        this.forms = forms;
    }

    public void run() throws Exception {
        try (KafkaTools kafka = new KafkaTools(platform.kafkaBootstrap())) {
            Bench.log("pipeline: waiting for the platform to work off earlier load");
            Platform.Settled settled = platform.settle(kafka);
            settle = settled.waited();
            stuck = settled.stuck();
            Bench.log(
                    "pipeline: quiet after %d s%s",
                    settle.toSeconds(), stuck.isEmpty() ? "" : "; stuck consumer groups (lag): " + stuck);
            String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
            Map<String, Long> baseline = readIndexBaseline(kafka, month);
            List<Thread> watchers = new ArrayList<>();
            KafkaConsumer<String, byte[]> requests = endConsumer(kafka, Topics.REQUEST_EVENTS);
            KafkaConsumer<String, byte[]> routing = endConsumer(kafka, Topics.ROUTING_EVENTS);
            KafkaConsumer<String, byte[]> index = endConsumer(kafka, Topics.INDEX_OPD);
            watchers.add(thread("watch-requests", () -> watchSubmitted(requests)));
            watchers.add(thread("watch-routing", () -> watchRouting(routing)));
            watchers.add(thread("watch-index", () -> watchIndex(index, month, baseline)));
            watchers.add(thread("watch-clock", this::watchClocks));
            try {
                send();
                long until = System.nanoTime() + options.pipelineDrain.toNanos();
                while (System.nanoTime() < until && !allSeen()) {
                    Thread.sleep(200);
                }
            } finally {
                stop = true;
                for (Thread t : watchers) {
                    t.join(10_000);
                }
            }
        }
        for (Track t : tracks.values()) {
            if (t.accepted == 0) {
                continue;
            }
            record(toPublished, t.accepted, t.published);
            record(toRouted, t.accepted, t.routed);
            record(toClock, t.accepted, t.clock);
            record(toIndex, t.accepted, t.indexed);
            if (t.routed != 0 && t.opd == null) {
                queued++;
            }
        }
        Bench.log(
                "pipeline: %d sent, %.1f/s offered, %.1f/s accepted; 201 p99 %.1f ms; routed %s; clock %s; "
                        + "index %s; queued (no OPD) %d",
                sent,
                offeredRate,
                achievedRate,
                intake.percentileMillis(99),
                toRouted.summary(),
                toClock.summary(),
                toIndex.summary(),
                queued);
    }

    /** Per figure, how many events were seen before the 201 reached the suite (recorded as 0). */
    private final Map<Latencies, Long> beforeAnswer = new java.util.IdentityHashMap<>();

    private void record(Latencies l, long from, long to) {
        if (to != 0) {
            l.recordNanos(Math.max(0, to - from));
            if (to < from) {
                beforeAnswer.merge(l, 1L, Long::sum);
            }
        }
    }

    private boolean allSeen() {
        for (Track t : tracks.values()) {
            if (t.accepted != 0 && (t.routed == 0 || t.clock == 0 || (t.opd != null && t.indexed == 0))) {
                return false;
            }
        }
        return true;
    }

    private void send() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI uri = URI.create(platform.baseUrl(Service.REQUEST) + "/requests");
        long count = (long) options.pipelineRate * options.pipelineDuration.toSeconds();
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        for (String user : tokens.users()) {
            tokens.get(user);
        }
        Bench.log("pipeline: %d submissions at %d/s", count, options.pipelineRate);
        Pacer pacer = new Pacer(System.nanoTime() + 50_000_000L, options.pipelineRate, count);
        AtomicLong accepted = new AtomicLong();
        AtomicLong lastAccepted = new AtomicLong();
        List<java.util.concurrent.CompletableFuture<?>> pending = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            pacer.awaitTurn(i);
            long intended = pacer.intendedNanos(i);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + tokens.bearer(i))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(forms.body(1_000_000 + i)))
                    .build();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenCompleteAsync(
                            (r, e) -> {
                                long now = System.nanoTime();
                                if (e != null) {
                                    failed.incrementAndGet();
                                    Throwable cause = e.getCause() == null ? e : e.getCause();
                                    outcomes.merge(cause.getClass().getSimpleName(), 1L, Long::sum);
                                    return;
                                }
                                intake.recordNanos(now - intended);
                                if (r.statusCode() != 201) {
                                    notAccepted.incrementAndGet();
                                    outcomes.merge(Integer.toString(r.statusCode()), 1L, Long::sum);
                                    return;
                                }
                                String location =
                                        r.headers().firstValue("location").orElse("");
                                UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
                                tracks.computeIfAbsent(id, k -> new Track()).accepted = now;
                                accepted.incrementAndGet();
                                lastAccepted.set(now);
                            },
                            callbacks));
            sent++;
        }
        long sendEnd = pacer.intendedNanos(count - 1);
        for (var f : pending) {
            try {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // counted in failed
            }
        }
        callbacks.shutdown();
        double seconds = (sendEnd - pacer.intendedNanos(0)) / 1e9 + 1d / options.pipelineRate;
        offeredRate = count / seconds;
        achievedRate = accepted.get() / ((lastAccepted.get() - pacer.intendedNanos(0)) / 1e9);
    }

    private KafkaConsumer<String, byte[]> endConsumer(KafkaTools kafka, String topic) throws Exception {
        KafkaConsumer<String, byte[]> c = kafka.consumer("bench-pipeline-" + topic);
        List<TopicPartition> parts = kafka.partitions(List.of(topic));
        c.assign(parts);
        c.seekToEnd(parts);
        parts.forEach(c::position); // resolve now, before the first submission
        return c;
    }

    private Map<String, Long> readIndexBaseline(KafkaTools kafka, String month) throws Exception {
        Map<String, Long> baseline = new HashMap<>();
        try (KafkaConsumer<String, byte[]> c = kafka.consumer("bench-pipeline-baseline")) {
            List<TopicPartition> parts = kafka.partitions(List.of(Topics.INDEX_OPD));
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = kafka.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    String opd = opdOfMonthKey(r.key(), month);
                    if (opd != null && r.value() != null) {
                        baseline.put(opd, received(r.value()));
                    }
                }
            }
        }
        Bench.log("pipeline: index baseline for %s: %s", month, baseline);
        return baseline;
    }

    static String opdOfMonthKey(String key, String month) {
        if (key == null || !key.endsWith("|" + month)) {
            return null;
        }
        return key.substring(0, key.length() - month.length() - 1);
    }

    static long received(byte[] value) {
        try {
            JsonNode n = JSON.readTree(value);
            return n.path("measures").path("received").asLong();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** request-service's own step: its outbox relay putting request.submitted on the topic. */
    private void watchSubmitted(KafkaConsumer<String, byte[]> c) {
        try (c) {
            while (!stop) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    UUID id = uuid(r.key());
                    if (id != null
                            && EventTypes.REQUEST_SUBMITTED.equals(
                                    CloudEventHeaders.optional(r.headers(), CloudEventHeaders.TYPE))) {
                        Track t = tracks.computeIfAbsent(id, k -> new Track());
                        if (t.published == 0) {
                            t.published = now;
                        }
                    }
                }
            }
        }
    }

    private void watchRouting(KafkaConsumer<String, byte[]> c) {
        try (c) {
            while (!stop) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    UUID id = uuid(r.key());
                    if (id == null) {
                        continue;
                    }
                    Track t = tracks.computeIfAbsent(id, k -> new Track());
                    if (t.routed != 0) {
                        continue;
                    }
                    String type = CloudEventHeaders.optional(r.headers(), CloudEventHeaders.TYPE);
                    if (EventTypes.ROUTING_ROUTED.equals(type)) {
                        try {
                            t.opd = JSON.readTree(r.value()).path("opdCode").asText(null);
                        } catch (java.io.IOException e) {
                            // a routed event without an OPD is not ours to judge here
                        }
                    }
                    t.routed = now;
                    synchronized (routedOrder) {
                        if (t.opd != null) {
                            routedOrder
                                    .computeIfAbsent(t.opd, k -> new ArrayDeque<>())
                                    .add(t);
                        }
                    }
                    resolveIndex(t.opd);
                }
            }
        }
    }

    /** Per OPD, this run's requests routed to it, in order; the index reflects the first (received - baseline). */
    private final Map<String, ArrayDeque<Track>> routedOrder = new HashMap<>();

    private final Map<String, Long> indexed = new ConcurrentHashMap<>();
    private final Map<String, Long> indexedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> reflected = new HashMap<>();

    private void watchIndex(KafkaConsumer<String, byte[]> c, String month, Map<String, Long> baseline) {
        try (c) {
            while (!stop) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    String opd = opdOfMonthKey(r.key(), month);
                    if (opd == null || r.value() == null) {
                        continue;
                    }
                    long count = received(r.value()) - baseline.getOrDefault(opd, 0L);
                    indexed.merge(opd, count, Math::max);
                    indexedAt.put(opd, now);
                    resolveIndex(opd);
                }
            }
        }
    }

    private void resolveIndex(String opd) {
        if (opd == null) {
            return;
        }
        synchronized (routedOrder) {
            long shown = indexed.getOrDefault(opd, 0L);
            long done = reflected.getOrDefault(opd, 0L);
            ArrayDeque<Track> queue = routedOrder.get(opd);
            Long at = indexedAt.get(opd);
            while (queue != null && done < shown && !queue.isEmpty()) {
                Track t = queue.poll();
                t.indexed = Math.max(at, t.routed);
                done++;
            }
            reflected.put(opd, done);
        }
    }

    private void watchClocks() {
        try (Connection c = platform.connect(Service.NOTIFICATION);
                PreparedStatement ps = c.prepareStatement(
                        "select request_id from sla_deadline where clock = 'ANSWER' and request_id = any(?)")) {
            while (!stop) {
                List<UUID> waiting = new ArrayList<>();
                for (Map.Entry<UUID, Track> e : tracks.entrySet()) {
                    if (e.getValue().clock == 0) {
                        waiting.add(e.getKey());
                    }
                }
                if (!waiting.isEmpty()) {
                    Array ids = c.createArrayOf("uuid", waiting.toArray());
                    ps.setArray(1, ids);
                    try (ResultSet rs = ps.executeQuery()) {
                        long now = System.nanoTime();
                        while (rs.next()) {
                            Track t = tracks.get((UUID) rs.getObject(1));
                            if (t != null && t.clock == 0) {
                                t.clock = now;
                            }
                        }
                    }
                }
                Thread.sleep(20);
            }
        } catch (Exception e) {
            Bench.log("pipeline: clock watcher stopped: %s", e);
        }
    }

    private static UUID uuid(String key) {
        try {
            return key == null ? null : UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Thread thread(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    public void addRows(ResultTable table) {
        long accepted = tracks.values().stream().filter(t -> t.accepted != 0).count();
        String rate = String.format(
                "%.0f/s offered for %d s, %d accepted", offeredRate, options.pipelineDuration.toSeconds(), accepted);
        table.add(new ResultTable.Row(
                "2 pipeline",
                "201 from intended send time, p99",
                intake.percentileMillis(99),
                "ms",
                null,
                null,
                null,
                rate
                        + (notAccepted.get() + failed.get() > 0
                                ? ", not accepted: " + new java.util.TreeMap<>(outcomes)
                                : "")
                        + (stuck.isEmpty() ? "" : "; consumer groups stuck before the run (lag): " + stuck)));
        diagnostic(
                table,
                "201 -> request.submitted event",
                toPublished,
                accepted,
                "request-service's outbox relay; the other figures include it");
        row(table, "201 -> routing event", toRouted, accepted, null);
        row(table, "201 -> SLA clock row", toClock, accepted, "polled every 20 ms");
        row(
                table,
                "201 -> index topic",
                toIndex,
                accepted - queued,
                queued + " sent to the routing queue (no OPD) " + "not counted");
    }

    private void row(ResultTable table, String what, Latencies l, long expected, String note) {
        long early = beforeAnswer.getOrDefault(l, 0L);
        String seen = l.count() + " of " + expected + " seen"
                + (early == 0 ? "" : ", " + early + " of them before the 201 reached the client (counted as 0 ms)");
        String n = note == null ? seen : seen + "; " + note;
        table.add(new ResultTable.Row(
                "2 pipeline", what + ", p50", l.percentileMillis(50), "ms", null, null, null, null));
        table.add(new ResultTable.Row(
                "2 pipeline", what + ", p95", l.percentileMillis(95), "ms", null, null, null, null));
        double p99 = l.percentileMillis(99);
        boolean complete = l.count() >= expected && expected > 0;
        table.add(new ResultTable.Row(
                "2 pipeline",
                what + ", p99",
                p99,
                "ms",
                null,
                "< 1000 ms",
                Double.isNaN(p99) ? null : p99 < 1000 && complete,
                n));
    }

    /** A step inside the pipeline, shown to tell where the time goes; it has no target of its own. */
    private void diagnostic(ResultTable table, String what, Latencies l, long expected, String note) {
        table.add(new ResultTable.Row(
                "2 pipeline",
                what + ", p50 / p99",
                l.percentileMillis(50),
                "ms",
                null,
                null,
                null,
                String.format("p99 %.0f ms; %d of %d seen; %s", l.percentileMillis(99), l.count(), expected, note)));
    }

    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sent", sent);
        m.put("offered_per_s", offeredRate);
        m.put("accepted_per_s", achievedRate);
        m.put("not_201", notAccepted.get());
        m.put("failed", failed.get());
        m.put("outcomes", new java.util.TreeMap<>(outcomes));
        m.put("settle_s", settle.toSeconds());
        m.put("stuck_groups", stuck);
        m.put("intake_from_intended", intake.summary());
        m.put("to_request_submitted_event", toPublished.summary());
        m.put("to_routing_event", toRouted.summary());
        m.put("to_sla_clock", toClock.summary());
        m.put("to_index_topic", toIndex.summary());
        m.put("queued_no_opd", queued);
        return m;
    }
}
