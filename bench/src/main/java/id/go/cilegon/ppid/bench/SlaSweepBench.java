package id.go.cilegon.ppid.bench;

import id.go.cilegon.ppid.bench.Platform.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 8, measurement 5: with N open clocks (ANSWER deadlines RUNNING, each with its six-rung reminder ladder) in
 * a scratch copy of notification-service's schema ({@code bench_sla} in its own database, from its Flyway
 * migrations), the time of the query SlaSweep runs to claim a batch of due reminders (its exact SQL, FOR UPDATE OF s,
 * r SKIP LOCKED, in a transaction rolled back after each run), median of several runs, with its plan. Also timed:
 * finding every due reminder at once (the same predicate, no limit), and, as the raw limit, the bare index lookup of
 * one due step (no join, no lock).
 */
public final class SlaSweepBench {

    /**
     * The sweep's claim of one batch, exactly as notification-service's {@code SlaSweep.CLAIM_SQL} with its default
     * batch size (parameter ?1 = today).
     */
    static final String SWEEP_SQL = """
            select s.id from sla_step s join tracked_request r on r.request_id = s.request_id
            where s.status = 'PENDING' and s.fire_on <= ?
            order by s.fire_on, s.id
            limit 200
            for update of s, r skip locked""";
    /** notification-service's default {@code ppid.notification.sweep.batch-size}, the limit above. */
    private static final int BATCH = 200;

    static final String ALL_DUE_SQL = """
            select s.id from sla_step s join tracked_request r on r.request_id = s.request_id
            where s.status = 'PENDING' and s.fire_on <= ?
            order by s.fire_on, s.id""";
    static final String RAW_SQL = """
            select s.id from sla_step s where s.status = 'PENDING' and s.fire_on <= ?
            order by s.fire_on, s.id limit 1""";

    private static final String SCHEMA = "bench_sla";
    private static final Pattern INDEX = Pattern.compile("(Index(?: Only)? Scan|Bitmap Index Scan)(?: Backward)? on"
            + " (\\w+)|(Index(?: Only)? Scan)(?: Backward)? using (\\w+) on (\\w+)|Seq Scan on (\\w+)");

    private final Platform platform;
    private final Options options;
    private double sweepMedian = Double.NaN;
    private double allDueMedian = Double.NaN;
    private double rawMedian = Double.NaN;
    private long dueSteps;
    private long steps;
    private double loadSeconds;
    private String plan = "";
    private String planSummary = "";
    private String allDuePlanSummary = "";

    public SlaSweepBench(Platform platform) {
        this.platform = platform;
        this.options = platform.options();
    }

    public void run() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        try (Connection c = platform.connect(Service.NOTIFICATION)) {
            createSchema(c);
            try {
                load(c, today);
                sweepMedian = median(c, SWEEP_SQL, today, BATCH);
                rawMedian = median(c, RAW_SQL, today, 1);
                allDueMedian = median(c, ALL_DUE_SQL, today, 0);
                plan = explain(c, SWEEP_SQL, today);
                planSummary = summarize(plan);
                allDuePlanSummary = summarize(explain(c, ALL_DUE_SQL, today));
                Bench.log(
                        "sla: %d clocks, %d steps (%d due): sweep query median %.2f ms, all due %.1f ms, bare "
                                + "index %.2f ms; plan: %s",
                        options.slaClocks, steps, dueSteps, sweepMedian, allDueMedian, rawMedian, planSummary);
                Bench.log("sla: plan of the sweep query:%n%s", plan);
            } finally {
                if (!options.slaKeep) {
                    try (Statement st = c.createStatement()) {
                        c.setAutoCommit(true);
                        st.execute("drop schema if exists " + SCHEMA + " cascade");
                    }
                }
            }
        }
    }

    private void createSchema(Connection c) throws SQLException, IOException {
        Path migrations = options.root.resolve("notification-service/src/main/resources/db/migration");
        List<Path> files;
        try (Stream<Path> list = Files.list(migrations)) {
            files = list.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .toList();
        }
        try (Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + SCHEMA + " cascade");
            st.execute("create schema " + SCHEMA);
            st.execute("set search_path to " + SCHEMA);
            for (Path f : files) {
                st.execute(Files.readString(f));
            }
        }
    }

    private static int version(Path p) {
        String n = p.getFileName().toString();
        return Integer.parseInt(n.substring(1, n.indexOf("__")));
    }

    /**
     * N tracked requests with an ANSWER clock each, due dates spread over 20 days around today; each clock's ladder
     * (-3, -1, 0 to the assignee, +1 PPID Utama, +1 applicant, +3 Atasan PPID): rungs before today DONE (already
     * swept), today's PENDING (due now), later ones PENDING.
     */
    private void load(Connection c, LocalDate today) throws SQLException {
        long t0 = System.nanoTime();
        int n = options.slaClocks;
        try (Statement st = c.createStatement()) {
            st.execute("""
                    insert into tracked_request (request_id, registration_number, applicant_id, status, received_date,
                      original_due_date, assigned_opd_code, queued, request_sequence, routing_sequence, updated_at)
                    select md5('bench-r' || g)::uuid, 'PPID-2026-' || lpad((g % 1000000)::text, 6, '0'),
                      md5('bench-a' || (g % 50000))::uuid, 'OPEN', d - 14, d,
                      (array['DLH','DPUPR','DISDUKCAPIL','DINDIKBUD','DINSOS','BPKAD','DISPERKIM','BAPPEDA'])[1 + g % 8],
                      g % 12 = 0, 1, 1, now()
                    from (select g, '{TODAY}'::date + (g % 20) - 5 as d from generate_series(1, {N}) g) s
                    """.replace("{N}", Integer.toString(n)).replace("{TODAY}", today.toString()));
            st.execute("""
                    insert into sla_deadline (request_id, clock, due_date, started_on, state, updated_at)
                    select request_id, 'ANSWER', original_due_date, received_date, 'RUNNING', now()
                    from tracked_request
                    """);
            st.execute("""
                    insert into sla_step (request_id, clock, due_date, offset_days, action, recipient, fire_on, status)
                    select d.request_id, 'ANSWER', d.due_date, l.offset_days, l.action, l.recipient,
                      d.due_date + l.offset_days,
                      case when d.due_date + l.offset_days < '{TODAY}'::date then 'DONE' else 'PENDING' end
                    from sla_deadline d cross join (values (-3, 'REMIND', 'ASSIGNEE'), (-1, 'REMIND', 'ASSIGNEE'),
                      (0, 'REMIND', 'ASSIGNEE'), (1, 'ESCALATE', 'PPID_MAIN'), (1, 'DEADLINE_PASSED', 'APPLICANT'),
                      (3, 'ESCALATE', 'PPID_SUPERIOR')) l(offset_days, action, recipient)
                    """.replace("{TODAY}", today.toString()));
            st.execute("analyze tracked_request");
            st.execute("analyze sla_deadline");
            st.execute("analyze sla_step");
            try (ResultSet rs = st.executeQuery("select count(*), count(*) filter (where status = 'PENDING' and "
                    + "fire_on <= '" + today + "'::date) from sla_step")) {
                rs.next();
                steps = rs.getLong(1);
                dueSteps = rs.getLong(2);
            }
        }
        loadSeconds = (System.nanoTime() - t0) / 1e9;
        Bench.log("sla: loaded %d clocks and %d steps in %.0f s", n, steps, loadSeconds);
    }

    /** Median of the timed runs (one untimed first run warms the cache), each in a rolled-back transaction. */
    /** Median time of {@code sql}; {@code limit} &gt; 0: the rows it must return when steps are due (sanity check). */
    private double median(Connection c, String sql, LocalDate today, int limit) throws SQLException {
        c.setAutoCommit(false);
        double[] ms = new double[options.slaRuns];
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, today);
            for (int i = -1; i < options.slaRuns; i++) {
                long t0 = System.nanoTime();
                long rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                long t1 = System.nanoTime();
                c.rollback();
                if (limit > 0 && dueSteps > 0 && rows != Math.min(dueSteps, limit)) {
                    throw new IllegalStateException(
                            "the query found " + rows + " rows, expected " + Math.min(dueSteps, limit) + ": " + sql);
                }
                if (i >= 0) {
                    ms[i] = (t1 - t0) / 1e6;
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
        return median(ms);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    private String explain(Connection c, String sql, LocalDate today) throws SQLException {
        c.setAutoCommit(false);
        StringBuilder text = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + sql)) {
            ps.setObject(1, today);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    text.append(rs.getString(1)).append('\n');
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
        return text.toString();
    }

    /** The scans of a plan, e.g. "Index Scan using sla_step_pending on sla_step; Index Scan using ...". */
    static String summarize(String plan) {
        List<String> scans = new ArrayList<>();
        Matcher m = INDEX.matcher(plan);
        while (m.find()) {
            scans.add(m.group().replaceAll("\\s+", " "));
        }
        Matcher sort = Pattern.compile("(Incremental Sort|Sort)  \\(.*\\n\\s*Sort Key: ([^\\n]*)")
                .matcher(plan);
        while (sort.find()) {
            scans.add(sort.group(1) + " by " + sort.group(2).strip());
        }
        return String.join("; ", scans);
    }

    public void addRows(ResultTable table) {
        String note = options.slaClocks + " open clocks, " + steps + " ladder steps, " + dueSteps + " due; plan: "
                + planSummary;
        table.add(new ResultTable.Row(
                "5 sla sweep",
                "claim a batch of due reminders (SlaSweep SQL)",
                nan(sweepMedian),
                "ms",
                nan(rawMedian),
                "< 100 ms",
                Double.isNaN(sweepMedian) ? null : sweepMedian < 100,
                note));
        table.add(new ResultTable.Row(
                "5 sla sweep",
                "find all due reminders (same predicate)",
                nan(allDueMedian),
                "ms",
                null,
                "< 100 ms",
                Double.isNaN(allDueMedian) ? null : allDueMedian < 100,
                "plan: " + allDuePlanSummary + "; the sweep itself claims batches of " + BATCH
                        + " per transaction, at most ppid.notification.sweep.max-steps per run"));
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }

    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clocks", options.slaClocks);
        m.put("steps", steps);
        m.put("due_steps", dueSteps);
        m.put("load_s", loadSeconds);
        m.put("runs", options.slaRuns);
        m.put("sweep_query_median_ms", nan(sweepMedian));
        m.put("all_due_median_ms", nan(allDueMedian));
        m.put("bare_index_median_ms", nan(rawMedian));
        m.put("sweep_sql", SWEEP_SQL);
        m.put("plan", plan);
        return m;
    }
}
