package id.go.cilegon.ppid.bench;

import id.go.cilegon.ppid.bench.Platform.Service;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.applicant.ApplicantContact;
import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.FilingChannel;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestTexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Issue 8, measurement 1: accepted requests per second (201) at each concurrency, closed loop (each client sends
 * its next request when the previous one is answered), with applicant tokens and varied forms, p50/p99. Raw limit:
 * the same rows in the same transaction shape as IntakeService (idempotency key, registration counter, applicant,
 * request, timeline entry, two outbox rows, one commit) by plain JDBC into the scratch schema {@code bench_raw} of
 * request-service's own database (created from request-service's Flyway migrations, dropped afterwards), at the
 * same concurrency and for the same time.
 */
public final class IntakeBench {

    /** One measured phase; {@code cpuMs}: CPU milliseconds per accepted request per part ({@link CpuMeter}). */
    public record Phase(
            String what,
            int clients,
            double seconds,
            long accepted,
            Map<Integer, Long> otherStatus,
            long errors,
            Latencies latency,
            Map<String, Double> cpuMs) {

        double perSecond() {
            return accepted / seconds;
        }
    }

    private static final String RAW_SCHEMA = "bench_raw";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final Platform platform;
    private final Options options;
    private final Tokens tokens;
    private final Forms forms;
    private final FootprintBench footprint;
    private final List<Phase> phases = new ArrayList<>();
    /** Per phase, what request-service's active database sessions were waiting on, sampled every second. */
    private final Map<String, Map<String, Long>> dbWaits = new LinkedHashMap<>();

    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);

    public IntakeBench(Platform platform, Tokens tokens, Forms forms, FootprintBench footprint) {
        this.platform = platform;
        this.options = platform.options();
        this.tokens = tokens;
        this.forms = forms;
        this.footprint = footprint;
    }

    /** Each concurrency: the platform, then the raw JDBC limit. */
    public void run() throws Exception {
        createRawSchema();
        try {
            for (int c : options.clients) {
                settle("platform, " + c + " clients");
                phases.add(platformPhase(c));
                settle("raw JDBC, " + c + " clients");
                phases.add(rawPhase(c));
            }
        } finally {
            dropRawSchema();
        }
    }

    /**
     * Brings the platform to its steady state before anything is measured: intake at the highest concurrency for
     * {@code --jit-warmup}; the phases after it start on a quiet platform ({@link #settle}). The JIT compiles the hot paths of
     * a freshly (re)started service only after thousands of calls; a service that runs for days in production is
     * measured warm, not in its first minute.
     */
    public void warmUp() throws Exception {
        if (options.jitWarmup.isZero()) {
            return;
        }
        int clients = options.clients.stream().mapToInt(Integer::intValue).max().orElse(16);
        Bench.log("warm-up: intake with %d clients for %d s (not measured)", clients, options.jitWarmup.toSeconds());
        // No wait here: every intake phase and the pipeline wait for a quiet platform themselves.
        closedLoop("warm-up", clients, platformCall(), null, Duration.ZERO, options.jitWarmup);
    }

    /**
     * Waits until the consumers have worked off the last phase's events and notification-service has sent its mail,
     * so no phase, the raw one included, shares the CPU with the aftermath of the one before.
     */
    private void settle(String before) throws Exception {
        try (KafkaTools kafka = new KafkaTools(platform.kafkaBootstrap())) {
            Platform.Settled settled = platform.settle(kafka);
            Bench.log(
                    "intake: quiet before %s after %d s (consumers) + %d s (mail)",
                    before, settled.consumers().toSeconds(), settled.mail().toSeconds());
        }
    }

    private Phase platformPhase(int clients) throws Exception {
        Bench.log(
                "intake: platform, %d clients, %d s warm-up + %d s",
                clients, options.intakeWarmup.toSeconds(), options.intakeDuration.toSeconds());
        return closedLoop("platform", clients, platformCall(), null, options.intakeWarmup, options.intakeDuration);
    }

    /** One submission as a portal sends it: an applicant's token, a varied form, an Idempotency-Key. */
    private Call platformCall() {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI uri = URI.create(platform.baseUrl(Service.REQUEST) + "/requests");
        for (String user : tokens.users()) {
            tokens.get(user);
        }
        return (i, latency, status) -> {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + tokens.bearer(i))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(forms.body(i)))
                    .build();
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            return r.statusCode();
        };
    }

    private Phase rawPhase(int clients) throws Exception {
        Bench.log(
                "intake: raw JDBC, %d clients, %d s warm-up + %d s",
                clients, options.intakeWarmup.toSeconds(), options.intakeDuration.toSeconds());
        List<RawWriter> writers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            writers.add(new RawWriter(platform.connect(Service.REQUEST)));
        }
        try {
            return closedLoop(
                    "raw JDBC",
                    clients,
                    (i, latency, status) -> {
                        writers.get((int) (i % clients)).insert(i);
                        return 201;
                    },
                    writers,
                    options.intakeWarmup,
                    options.intakeDuration);
        } finally {
            for (RawWriter w : writers) {
                w.close();
            }
        }
    }

    private interface Call {
        int call(long i, Latencies latency, Map<Integer, Long> status) throws Exception;
    }

    /**
     * clients threads, each sending its next call when the last returned, for warmup + duration; only calls started
     * after the warm-up count.
     */
    private Phase closedLoop(
            String what, int clients, Call call, List<RawWriter> perThread, Duration warmup, Duration duration)
            throws Exception {
        Latencies latency = new Latencies();
        Map<Integer, Long> status = new ConcurrentHashMap<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            final int thread = t;
            Thread th = new Thread(
                    () -> {
                        try {
                            long n = 0;
                            while (true) {
                                long t0 = System.nanoTime();
                                if (t0 >= end) {
                                    break;
                                }
                                // thread t always uses its own JDBC connection: i % clients == t
                                long i = perThread != null ? (long) thread + clients * n++ : sequence.incrementAndGet();
                                int code;
                                try {
                                    code = call.call(i, latency, status);
                                } catch (Exception e) {
                                    if (t0 >= measureFrom) {
                                        errors.incrementAndGet();
                                    }
                                    if (errors.get() < 5 && t0 >= measureFrom) {
                                        Bench.log("intake: %s error: %s", what, e);
                                    }
                                    continue;
                                }
                                long t1 = System.nanoTime();
                                if (t0 >= measureFrom) {
                                    if (code == 201) {
                                        accepted.incrementAndGet();
                                        latency.recordNanos(t1 - t0);
                                    } else {
                                        status.merge(code, 1L, Long::sum);
                                    }
                                }
                            }
                        } finally {
                            done.countDown();
                        }
                    },
                    "intake-" + t);
            th.setDaemon(true);
            threads.add(th);
            th.start();
        }
        Map<String, Long> waits = new TreeMap<>();
        CpuMeter cpu = new CpuMeter(platform);
        CpuMeter.Snapshot cpuFrom = null;
        CpuMeter.Snapshot cpuTo = null;
        try (Connection probe = platform.connect(Service.REQUEST);
                PreparedStatement ps = probe.prepareStatement("select coalesce(wait_event_type, 'CPU') || ':' "
                        + "|| coalesce(wait_event, 'running'), count(*) from pg_stat_activity where datname = "
                        + "current_database() and state <> 'idle' and pid <> pg_backend_pid() group by 1")) {
            while (!done.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                long now = System.nanoTime();
                if (now >= measureFrom && now < end) {
                    CpuMeter.Snapshot snapshot = cpu.take();
                    if (cpuFrom == null) {
                        cpuFrom = snapshot;
                    } else {
                        cpuTo = snapshot;
                    }
                    if (perThread == null && footprint != null) {
                        footprint.sampleUnderLoad(platform);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            waits.merge(rs.getString(1), rs.getLong(2), Long::sum);
                        }
                    }
                }
            }
        }
        dbWaits.put(what + ", " + clients + " clients", waits);
        double seconds = duration.toNanos() / 1e9;
        double perSecond = accepted.get() / seconds;
        Map<String, Double> cpuMs =
                cpuFrom == null || cpuTo == null ? Map.of() : CpuMeter.msPerRequest(cpuFrom, cpuTo, perSecond);
        Phase phase =
                new Phase(what, clients, seconds, accepted.get(), new TreeMap<>(status), errors.get(), latency, cpuMs);
        Bench.log(
                "intake: %s %d clients: %.1f accepted/s, p50 %.1f ms, p99 %.1f ms, other %s, errors %d; database "
                        + "sessions waiting on (samples): %s; CPU ms per accepted request: %.1f (%s; the whole machine %.1f)",
                what,
                clients,
                phase.perSecond(),
                latency.percentileMillis(50),
                latency.percentileMillis(99),
                status,
                errors.get(),
                waits,
                CpuMeter.total(cpuMs),
                CpuMeter.breakdown(cpuMs),
                cpuMs.getOrDefault(CpuMeter.MACHINE, Double.NaN));
        return phase;
    }

    private void createRawSchema() throws SQLException, IOException {
        Path migrations = options.root.resolve("request-service/src/main/resources/db/migration");
        List<Path> files;
        try (Stream<Path> list = Files.list(migrations)) {
            files = list.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .toList();
        }
        try (Connection c = platform.connect(Service.REQUEST);
                Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + RAW_SCHEMA + " cascade");
            st.execute("create schema " + RAW_SCHEMA);
            st.execute("set search_path to " + RAW_SCHEMA);
            for (Path f : files) {
                st.execute(Files.readString(f));
            }
        }
        Bench.log(
                "intake: scratch schema %s from %s",
                RAW_SCHEMA, files.stream().map(Path::getFileName).toList());
    }

    private static int version(Path p) {
        String n = p.getFileName().toString();
        return Integer.parseInt(n.substring(1, n.indexOf("__")));
    }

    private void dropRawSchema() {
        try (Connection c = platform.connect(Service.REQUEST);
                Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + RAW_SCHEMA + " cascade");
        } catch (SQLException e) {
            Bench.log("intake: could not drop %s: %s", RAW_SCHEMA, e.getMessage());
        }
    }

    /** One raw client: IntakeService's statements, in its order, on its own connection. */
    private final class RawWriter implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement idempotency;
        private final PreparedStatement counter;
        private final PreparedStatement applicantInsert;
        private final PreparedStatement applicantSelect;
        private final PreparedStatement request;
        private final PreparedStatement timeline;
        private final PreparedStatement outbox;
        private final SecureRandom random = new SecureRandom();

        RawWriter(Connection c) throws SQLException {
            this.c = c;
            try (Statement st = c.createStatement()) {
                st.execute("set search_path to " + RAW_SCHEMA);
            }
            c.setAutoCommit(false);
            idempotency = c.prepareStatement("insert into idempotency_key (owner, idempotency_key, "
                    + "payload_fingerprint, request_id, created_at) values (?, ?, ?, ?, now()) on conflict do nothing");
            counter = c.prepareStatement("insert into registration_counter (year, last_number) values (?, 1) "
                    + "on conflict (year) do update set last_number = registration_counter.last_number + 1 "
                    + "returning last_number");
            applicantInsert = c.prepareStatement("insert into applicant (id, owner_subject, created_at) "
                    + "values (?, ?, ?) on conflict (owner_subject) do nothing");
            applicantSelect = c.prepareStatement("select id from applicant where owner_subject = ?");
            request = c.prepareStatement("insert into information_request (id, registration_number, applicant_id, "
                    + "owner_subject, channel, filed_by_subject, filing_opd_code, applicant_kind, applicant_name, "
                    + "applicant_nik, applicant_deed_number, applicant_address, applicant_phone, applicant_email, "
                    + "preferred_language, proxy_name, proxy_power_of_attorney, information_details, purpose, "
                    + "access_methods, copy_deliveries, status, received_at, received_date, original_due_date, "
                    + "due_date, routing_sequence, event_sequence, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, 0, 1, 0)");
            timeline = c.prepareStatement("insert into timeline_entry (request_id, occurred_at, step, actor_role, "
                    + "actor_opd, note) values (?, ?, ?, ?, ?, ?)");
            outbox = c.prepareStatement("insert into outbox_event (event_id, topic, message_key, event_type, subject, "
                    + "occurred_at, payload) values (?, ?, ?, ?, ?, ?, ?)");
        }

        void insert(long i) throws Exception {
            try {
                write(i);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }

        private void write(long i) throws Exception {
            Forms.Text text = forms.text(i);
            UUID id = UUID.randomUUID();
            String owner =
                    "bench-raw-" + tokens.users().get((int) (i % tokens.users().size()));
            Instant now = Instant.now();
            LocalDate today = LocalDate.ofInstant(now, WIB);
            LocalDate due = today.plusDays(14);
            byte[] body = forms.body(i);
            idempotency.setString(1, owner);
            idempotency.setString(2, "bench-" + UUID.randomUUID());
            idempotency.setString(
                    3,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
            idempotency.setObject(4, id);
            idempotency.executeUpdate();
            applicantInsert.setObject(1, UUID.randomUUID());
            applicantInsert.setString(2, owner);
            applicantInsert.setTimestamp(3, Timestamp.from(now));
            applicantInsert.executeUpdate();
            applicantSelect.setString(1, owner);
            UUID applicantId;
            try (ResultSet rs = applicantSelect.executeQuery()) {
                rs.next();
                applicantId = (UUID) rs.getObject(1);
            }
            ApplicantContact contact = new ApplicantContact(
                    applicantId,
                    "Pemohon Bench " + (i % 1000),
                    "pemohon" + (i % 1000) + "@mail.example",
                    "+62812" + String.format("%08d", i % 100_000_000),
                    "id",
                    now);
            outbox(
                    applicantId.toString(),
                    Topics.APPLICANT_CONTACTS,
                    EventTypes.APPLICANT_CONTACT_UPDATED,
                    now,
                    EventJson.write(contact));
            // the counter row, which every submission of a year shares, is locked last (as IntakeService does)
            counter.setInt(1, today.getYear());
            long number;
            try (ResultSet rs = counter.executeQuery()) {
                rs.next();
                number = rs.getLong(1);
            }
            String registration = String.format("PPID-%d-%06d", today.getYear(), number % 1_000_000);
            byte[] nik = new byte[44];
            random.nextBytes(nik);
            int p = 1;
            request.setObject(p++, id);
            request.setString(p++, registration);
            request.setObject(p++, applicantId);
            request.setString(p++, owner);
            request.setString(p++, "ONLINE");
            request.setString(p++, owner);
            request.setString(p++, null);
            request.setString(p++, "PERSON");
            request.setString(p++, "Pemohon Bench " + (i % 1000));
            request.setBytes(p++, nik);
            request.setString(p++, null);
            request.setString(p++, "Jl. Bench No. " + (i % 100) + ", Kel. Ciwaduk, Kec. Cilegon, Kota Cilegon");
            request.setString(p++, "+62812" + String.format("%08d", i % 100_000_000));
            request.setString(p++, "pemohon" + (i % 1000) + "@mail.example");
            request.setString(p++, "id");
            request.setString(p++, null);
            request.setString(p++, null);
            request.setString(p++, text.details());
            request.setString(p++, text.purpose());
            request.setString(p++, "[\"READ\",\"COPY\"]");
            request.setString(p++, "[\"EMAIL\"]");
            request.setString(p++, "REGISTERED");
            request.setTimestamp(p++, Timestamp.from(now));
            request.setObject(p++, today);
            request.setObject(p++, due);
            request.setObject(p++, due);
            request.executeUpdate();
            timeline.setObject(1, id);
            timeline.setTimestamp(2, Timestamp.from(now));
            timeline.setString(3, "SUBMITTED");
            timeline.setString(4, "APPLICANT");
            timeline.setString(5, null);
            timeline.setString(6, "Registered as " + registration + ", answer due " + due);
            timeline.executeUpdate();
            RequestSubmitted submitted = new RequestSubmitted(
                    id,
                    1,
                    registration,
                    applicantId,
                    ApplicantKind.PERSON,
                    FilingChannel.ONLINE,
                    null,
                    List.of(AccessMethod.READ, AccessMethod.COPY),
                    List.of(CopyDelivery.EMAIL),
                    now,
                    today,
                    due);
            outbox(
                    id.toString(),
                    Topics.REQUEST_TEXTS,
                    EventTypes.REQUEST_TEXTS_RECORDED,
                    now,
                    EventJson.write(new RequestTexts(id, text.details(), text.purpose(), now)));
            outbox(id.toString(), Topics.REQUEST_EVENTS, EventTypes.REQUEST_SUBMITTED, now, EventJson.write(submitted));
        }

        private void outbox(String key, String topic, String type, Instant at, byte[] payload) throws SQLException {
            outbox.setObject(1, UUID.randomUUID());
            outbox.setString(2, topic);
            outbox.setString(3, key);
            outbox.setString(4, type);
            outbox.setString(5, key);
            outbox.setTimestamp(6, Timestamp.from(at));
            outbox.setBytes(7, payload);
            outbox.executeUpdate();
        }

        @Override
        public void close() {
            try {
                c.close();
            } catch (SQLException e) {
                // closing after the run
            }
        }
    }

    /** The intake rows: per concurrency, throughput and p50/p99 beside the raw JDBC figures. */
    public void addRows(ResultTable table) {
        for (int c : options.clients) {
            Phase plat = find("platform", c);
            Phase raw = find("raw JDBC", c);
            if (plat == null) {
                continue;
            }
            Double rawRate = raw == null ? null : raw.perSecond();
            Double ratio = ResultTable.ratio(plat.perSecond(), rawRate);
            String other = plat.otherStatus().isEmpty() && plat.errors() == 0
                    ? null
                    : "not 201: " + plat.otherStatus() + ", errors " + plat.errors();
            table.add(new ResultTable.Row(
                    "1 intake",
                    "accepted/s, " + c + " clients",
                    plat.perSecond(),
                    "req/s",
                    rawRate,
                    ">= 0.5x raw",
                    ratio == null ? null : ratio >= 0.5,
                    other));
            table.add(new ResultTable.Row(
                    "1 intake",
                    "p50, " + c + " clients",
                    plat.latency().percentileMillis(50),
                    "ms",
                    raw == null ? null : raw.latency().percentileMillis(50),
                    null,
                    null,
                    null));
            double p99 = plat.latency().percentileMillis(99);
            table.add(new ResultTable.Row(
                    "1 intake",
                    "p99, " + c + " clients",
                    p99,
                    "ms",
                    raw == null ? null : raw.latency().percentileMillis(99),
                    c == 16 ? "< 50 ms" : null,
                    c == 16 ? (Boolean) (p99 < 50) : null,
                    null));
            Double cpu = CpuMeter.total(plat.cpuMs());
            if (cpu != null) {
                table.add(new ResultTable.Row(
                        "1 intake",
                        "CPU ms per request, " + c + " clients",
                        cpu,
                        "ms",
                        raw == null ? null : CpuMeter.total(raw.cpuMs()),
                        null,
                        null,
                        String.format(
                                "%s; the whole machine %.1f (with anything else running)",
                                CpuMeter.breakdown(plat.cpuMs()),
                                plat.cpuMs().getOrDefault(CpuMeter.MACHINE, Double.NaN))));
            }
        }
    }

    private Phase find(String what, int clients) {
        return phases.stream()
                .filter(p -> p.what().equals(what) && p.clients() == clients)
                .findFirst()
                .orElse(null);
    }

    /** Raw figures for the results file. */
    public List<Map<String, Object>> details() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Phase p : phases) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("what", p.what());
            m.put("clients", p.clients());
            m.put("seconds", p.seconds());
            m.put("accepted", p.accepted());
            m.put("per_second", p.perSecond());
            m.put("other_status", p.otherStatus());
            m.put("errors", p.errors());
            m.put("latency", p.latency().summary());
            m.put("cpu_ms_per_request", p.cpuMs());
            m.put("db_session_waits", dbWaits.get(p.what() + ", " + p.clients() + " clients"));
            list.add(m);
        }
        return list;
    }
}
