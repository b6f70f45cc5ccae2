package id.go.cilegon.ppid.bench;

import id.go.cilegon.ppid.bench.Platform.Service;
import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionSource;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.FilingChannel;
import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryPublished;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaBreached;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Issue 8, measurement 3: N realistic events (valid contract payloads, CloudEvents headers, each request's lifecycle
 * in order: submitted, routed, sometimes extended, decided or withdrawn, sometimes an SLA breach; OPD register
 * entries) on copies of index-service's four input topics (bench.replay.&lt;run&gt;.*, same partition counts, so
 * the running platform's consumers never see them). Then, in the same run, a plain KafkaConsumer reads them all (the
 * raw limit), and a fresh index-service (the launcher's exact command and environment, a new application id, state
 * folder, HTTP port, and its topics remapped by settings) rebuilds from the beginning; events/s until its consumer
 * group has lag 0 on the input topics and on its own repartition topics (the aggregation behind them is the rest of
 * the work). The replay topics and its internal topics are deleted afterwards.
 */
public final class ReplayBench {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String[] FALLBACK_OPDS = {
        "DLH", "DPUPR", "DISDUKCAPIL", "DINDIKBUD", "DINSOS", "BPKAD", "DISPERKIM", "BAPPEDA", "DISNAKER", "BPBD"
    };

    private final Platform platform;
    private final Options options;
    private final String run = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now());
    private final Map<String, String> topics = new LinkedHashMap<>();
    private long produced;
    private double produceSeconds;
    private long rawRecords;
    private double rawSeconds;
    private double indexReadySeconds = Double.NaN;
    private double indexCaughtUpSeconds = Double.NaN;
    private double indexProcessingSeconds = Double.NaN;
    private String indexNote;

    public ReplayBench(Platform platform) {
        this.platform = platform;
        this.options = platform.options();
        String prefix = "bench.replay." + run + ".";
        topics.put("request-events", prefix + "request-events");
        topics.put("routing-events", prefix + "routing-events");
        topics.put("sla-events", prefix + "sla-events");
        topics.put("opd-events", prefix + "opd-events");
        topics.put("index-opd", prefix + "index-opd");
        topics.put("index-city", prefix + "index-city");
    }

    public void run() throws Exception {
        try (KafkaTools kafka = new KafkaTools(platform.kafkaBootstrap())) {
            try {
                createTopics(kafka);
                List<String> opds = opdCodes(kafka);
                produce(opds);
                raw(kafka);
                rebuild(kafka);
            } finally {
                cleanUp(kafka);
            }
        }
    }

    private List<String> inputTopics() {
        return List.of(
                topics.get("request-events"),
                topics.get("routing-events"),
                topics.get("sla-events"),
                topics.get("opd-events"));
    }

    private void createTopics(KafkaTools kafka) throws Exception {
        int partitions = kafka.partitionCount(Topics.REQUEST_EVENTS);
        List<NewTopic> list = new ArrayList<>();
        for (String t : inputTopics()) {
            list.add(new NewTopic(t, partitions, (short) 1));
        }
        for (String key : List.of("index-opd", "index-city")) {
            list.add(new NewTopic(topics.get(key), 1, (short) 1).configs(Map.of("cleanup.policy", "compact")));
        }
        kafka.admin().createTopics(list).all().get(60, TimeUnit.SECONDS);
        Bench.log("replay: topics bench.replay.%s.* with %d partition(s) each", run, partitions);
    }

    /** The OPD codes of the live directory (the replayed index-service reads ppid.directory.v1 itself). */
    private List<String> opdCodes(KafkaTools kafka) throws Exception {
        TreeSet<String> codes = new TreeSet<>();
        try (KafkaConsumer<String, byte[]> c = kafka.consumer("bench-replay-directory")) {
            List<TopicPartition> parts = kafka.partitions(List.of(Topics.DIRECTORY));
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = kafka.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && r.value() != null) {
                        codes.add(r.key());
                    }
                }
            }
        }
        List<String> list = codes.isEmpty() ? List.of(FALLBACK_OPDS) : List.copyOf(codes);
        Bench.log("replay: %d OPDs from the directory", list.size());
        return list;
    }

    private void produce(List<String> opds) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        Random random = new Random(8);
        long target = options.replayEvents;
        long t0 = System.nanoTime();
        LocalDate first = LocalDate.of(2025, 1, 2);
        LocalDate last = LocalDate.now(WIB).minusDays(1);
        int span = (int) (last.toEpochDay() - first.toEpochDay());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            long requests = 0;
            while (produced < target) {
                if (requests % 500 == 0) {
                    String opd = opds.get(random.nextInt(opds.size()));
                    Instant at = first.plusDays(random.nextInt(span))
                            .atTime(9, 0)
                            .atZone(WIB)
                            .toInstant();
                    boolean periodic = random.nextBoolean();
                    send(
                            producer,
                            "opd-events",
                            Services.opdSystemSource(opd),
                            at,
                            new RegisterEntryPublished(
                                    opd,
                                    "DIP-" + requests,
                                    "Laporan keuangan " + opd,
                                    "Ringkasan laporan berkala " + opd,
                                    periodic ? InformationCategory.PERIODIC : InformationCategory.ON_REQUEST,
                                    List.of("laporan", "anggaran"),
                                    periodic ? 6 : null,
                                    at));
                }
                requests++;
                UUID id = UUID.randomUUID();
                LocalDate received = first.plusDays(random.nextInt(span));
                Instant receivedAt = received.atTime(8 + random.nextInt(8), random.nextInt(60))
                        .atZone(WIB)
                        .toInstant();
                LocalDate due = received.plusDays(14);
                String opd = opds.get(random.nextInt(opds.size()));
                long seq = 1;
                send(
                        producer,
                        "request-events",
                        Services.source(Services.REQUEST_SERVICE),
                        receivedAt,
                        new RequestSubmitted(
                                id,
                                seq++,
                                String.format("PPID-%d-%06d", received.getYear(), requests % 1_000_000),
                                UUID.nameUUIDFromBytes(("a" + requests % 40_000).getBytes()),
                                ApplicantKind.PERSON,
                                FilingChannel.ONLINE,
                                null,
                                List.of(AccessMethod.COPY),
                                List.of(CopyDelivery.EMAIL),
                                receivedAt,
                                received,
                                due));
                Instant routedAt = receivedAt.plusSeconds(2);
                send(
                        producer,
                        "routing-events",
                        Services.source(Services.ROUTING_SERVICE),
                        routedAt,
                        new RequestRouted(
                                id,
                                1,
                                opd,
                                null,
                                RoutingMode.AUTOMATIC,
                                7.5,
                                List.of("data", "salinan"),
                                null,
                                0,
                                routedAt));
                int roll = random.nextInt(100);
                if (roll < 10) {
                    LocalDate extendedDue = due.plusDays(9);
                    Instant at = receivedAt.plus(Duration.ofDays(8));
                    send(
                            producer,
                            "request-events",
                            Services.source(Services.REQUEST_SERVICE),
                            at,
                            new RequestExtended(
                                    id, seq++, "data masih dihimpun dari bidang terkait", due, extendedDue, at, opd));
                    due = extendedDue;
                }
                if (roll >= 95) {
                    Instant at = receivedAt.plus(Duration.ofDays(3));
                    send(
                            producer,
                            "request-events",
                            Services.source(Services.REQUEST_SERVICE),
                            at,
                            new RequestWithdrawn(id, seq++, at));
                } else if (roll < 88) {
                    int days = 1 + random.nextInt(roll < 8 ? 24 : 16);
                    LocalDate decided = received.plusDays(days);
                    if (decided.isAfter(last)) {
                        decided = last;
                    }
                    Instant at = decided.atTime(14, 0).atZone(WIB).toInstant();
                    boolean refused = random.nextInt(10) == 0;
                    DecisionNotice notice = new DecisionNotice(
                            refused ? "Informasi dikecualikan" : "Salinan tersedia",
                            refused ? List.of(ExemptionGround.H_PERSONAL_SECRET) : List.of(),
                            refused ? "memuat data pribadi" : null,
                            null,
                            CopyFormat.SOFTCOPY,
                            CopyDelivery.EMAIL,
                            0,
                            null,
                            decided);
                    send(
                            producer,
                            "request-events",
                            Services.source(Services.REQUEST_SERVICE),
                            at,
                            new RequestDecided(
                                    id,
                                    seq++,
                                    refused ? DecisionType.REFUSED : DecisionType.GRANTED,
                                    notice,
                                    DecisionSource.PPID_OFFICER,
                                    opd,
                                    at,
                                    decided,
                                    due,
                                    !decided.isAfter(due),
                                    Math.max(0, days * 5 / 7)));
                    if (decided.isAfter(due)) {
                        Instant breach =
                                due.plusDays(1).atTime(7, 0).atZone(WIB).toInstant();
                        send(
                                producer,
                                "sla-events",
                                Services.source(Services.NOTIFICATION_SERVICE),
                                breach,
                                new SlaBreached(id, 1, SlaClock.ANSWER, due, 1, opd, Recipient.PPID_MAIN, breach));
                    }
                }
            }
            producer.flush();
        }
        produceSeconds = (System.nanoTime() - t0) / 1e9;
        Bench.log("replay: produced %d events in %.1f s (%.0f/s)", produced, produceSeconds, produced / produceSeconds);
    }

    private void send(
            KafkaProducer<String, byte[]> producer,
            String topicKey,
            String source,
            Instant time,
            EventPayload payload) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topics.get(topicKey), payload.key(), EventJson.write(payload));
        CloudEventHeaders.write(record.headers(), EventMetadata.of(payload, source, time));
        producer.send(record, (md, e) -> {
            if (e != null) {
                Bench.log("replay: send failed: %s", e);
            }
        });
        produced++;
    }

    private void raw(KafkaTools kafka) throws Exception {
        try (KafkaConsumer<String, byte[]> c = kafka.consumer("bench-replay-raw")) {
            List<TopicPartition> parts = kafka.partitions(inputTopics());
            Map<TopicPartition, Long> end = kafka.endOffsets(parts);
            c.assign(parts);
            c.seekToBeginning(parts);
            long t0 = System.nanoTime();
            long n = 0;
            long bytes = 0;
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    n++;
                    bytes += r.value() == null ? 0 : r.value().length;
                }
            }
            rawSeconds = (System.nanoTime() - t0) / 1e9;
            rawRecords = n;
            Bench.log(
                    "replay: plain consumer read %d records (%d MB) in %.2f s (%.0f/s)",
                    n, bytes >> 20, rawSeconds, n / rawSeconds);
        }
    }

    private void rebuild(KafkaTools kafka) throws Exception {
        Platform.ServiceProcess live = platform.require(Service.INDEX);
        String appId = "bench-index-" + run;
        Path state = options.stateDir.resolve("bench-index-" + run);
        int port = Platform.freePort();
        Map<String, String> env = new LinkedHashMap<>(live.env());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_KAFKA_STREAMS_APPLICATION_ID", appId);
        env.put("KAFKA_STREAMS_STATE_DIR", state.toString());
        env.put("PPID_INDEX_STATE_DIR", state.toString());
        env.put("PPID_TOPICS_REQUEST_EVENTS", topics.get("request-events"));
        env.put("PPID_TOPICS_ROUTING_EVENTS", topics.get("routing-events"));
        env.put("PPID_TOPICS_SLA_EVENTS", topics.get("sla-events"));
        env.put("PPID_TOPICS_OPD_EVENTS", topics.get("opd-events"));
        env.put("PPID_TOPICS_INDEX_OPD", topics.get("index-opd"));
        env.put("PPID_TOPICS_INDEX_CITY", topics.get("index-city"));
        List<TopicPartition> parts = kafka.partitions(inputTopics());
        long t0 = System.nanoTime();
        Process p = platform.start("replay-index-service", live.command(), env, live.workingDir());
        try {
            long deadline = t0 + options.replayTimeout.toNanos();
            long readyAt = 0;
            long lastLog = t0;
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the replay index-service exited with " + p.exitValue() + "; see "
                            + options.stateDir.resolve("logs/bench-replay-index-service.log"));
                }
                long now = System.nanoTime();
                if (readyAt == 0 && platform.ready(port)) {
                    readyAt = System.nanoTime();
                    indexReadySeconds = (readyAt - t0) / 1e9;
                    Bench.log("replay: index-service ready after %.1f s, rebuilding", indexReadySeconds);
                }
                long lag = kafka.streamsLag(appId, parts);
                if (lag == 0) {
                    long done = System.nanoTime();
                    indexCaughtUpSeconds = (done - t0) / 1e9;
                    indexProcessingSeconds = (done - (readyAt == 0 ? t0 : readyAt)) / 1e9;
                    Bench.log(
                            "replay: index-service caught up %.1f s after start (%.1f s after ready): %.0f "
                                    + "events/s",
                            indexCaughtUpSeconds, indexProcessingSeconds, produced / indexProcessingSeconds);
                    return;
                }
                if (now - lastLog > 10_000_000_000L) {
                    Bench.log("replay: index-service lag %d of %d", lag, produced);
                    lastLog = now;
                }
                Thread.sleep(250);
            }
            indexNote = "not caught up within " + options.replayTimeout;
            throw new IllegalStateException(
                    "the replay index-service did not catch up within " + options.replayTimeout);
        } finally {
            Platform.stop(p.toHandle(), Duration.ofSeconds(30));
            deleteTree(state);
        }
    }

    private void cleanUp(KafkaTools kafka) {
        try {
            String appPrefix = "bench-index-" + run;
            List<String> doomed = kafka.admin().listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith("bench.replay." + run) || t.startsWith(appPrefix))
                    .toList();
            kafka.admin().deleteTopics(doomed).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            Bench.log("replay: topics not deleted: %s", e.getMessage());
        }
        // the group stays "not empty" until the stopped member's session times out
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                kafka.admin()
                        .deleteConsumerGroups(List.of("bench-index-" + run))
                        .all()
                        .get(30, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (System.nanoTime() > deadline
                        || !String.valueOf(e.getMessage()).contains("not empty")) {
                    Bench.log("replay: group bench-index-%s not deleted: %s", run, e.getMessage());
                    return;
                }
            }
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover state folder only costs disk
        }
    }

    public void addRows(ResultTable table) {
        Double rawRate = rawSeconds > 0 ? rawRecords / rawSeconds : null;
        Double rate = Double.isNaN(indexProcessingSeconds) ? null : produced / indexProcessingSeconds;
        Double ratio = ResultTable.ratio(rate, rawRate);
        table.add(new ResultTable.Row(
                "3 replay",
                "rebuild from the beginning, " + produced + " events",
                rate,
                "events/s",
                rawRate,
                ">= 0.5x raw",
                ratio == null ? null : ratio >= 0.5,
                indexNote != null
                        ? indexNote
                        : String.format(
                                "ready %.1f s after start, caught up %.1f s after " + "start; counted from ready",
                                indexReadySeconds, indexCaughtUpSeconds)));
    }

    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", run);
        m.put("events", produced);
        m.put("produce_s", produceSeconds);
        m.put("raw_records", rawRecords);
        m.put("raw_s", rawSeconds);
        m.put("index_ready_s", indexReadySeconds);
        m.put("index_caught_up_s", indexCaughtUpSeconds);
        m.put("index_processing_s", indexProcessingSeconds);
        m.put("topics", topics);
        return m;
    }
}
