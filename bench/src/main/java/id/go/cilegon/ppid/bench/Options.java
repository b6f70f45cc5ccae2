package id.go.cilegon.ppid.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The suite's options: the sizes and durations by default, {@code --quick} for a short smoke run. */
public final class Options {

    /** The measurements in the order they run. */
    public static final List<String> ALL_PARTS = List.of("footprint", "intake", "sla", "pipeline", "replay", "portal");

    Set<String> parts = new LinkedHashSet<>(ALL_PARTS);
    Path root = Path.of(".").toAbsolutePath().normalize();
    Path stateDir = Path.of("/work/bench-stack");
    Path resultsDir;
    boolean quick;

    // footprint
    Duration idleSettle = Duration.ofSeconds(20);
    boolean restartServices = true;
    // the steady state before intake and pipeline
    Duration jitWarmup = Duration.ofSeconds(90);
    // intake
    List<Integer> clients = List.of(16, 64);
    Duration intakeWarmup = Duration.ofSeconds(10);
    Duration intakeDuration = Duration.ofSeconds(60);
    // sla
    int slaClocks = 1_000_000;
    int slaRuns = 9;
    boolean slaKeep;
    // pipeline
    int pipelineRate = 200;
    Duration pipelineDuration = Duration.ofSeconds(60);
    Duration pipelineDrain = Duration.ofSeconds(30);
    // portal
    int portalReaders = 50;
    Duration portalWarmup = Duration.ofSeconds(15);
    Duration portalDuration = Duration.ofSeconds(60);
    // replay
    int replayEvents = 1_000_000;
    Duration replayTimeout = Duration.ofMinutes(30);

    String pipelineUsers = "pemohon1,pemohon2";
    String password = "ppid-demo-2026";

    /** Parses {@code --name value} / {@code --name=value} arguments. */
    public static Options parse(String[] args) {
        Options o = new Options();
        List<String> list = new ArrayList<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                list.add(a.substring(0, eq));
                list.add(a.substring(eq + 1));
            } else {
                list.add(a);
            }
        }
        // --quick first, so explicit options given with it still win
        if (list.contains("--quick")) {
            o.quick();
        }
        for (int i = 0; i < list.size(); i++) {
            String name = list.get(i);
            if (name.equals("--quick")) {
                continue;
            }
            if (name.equals("--help") || name.equals("-h")) {
                throw new UsageException(usage());
            }
            if (name.equals("--no-restart")) {
                o.restartServices = false;
                continue;
            }
            if (name.equals("--sla-keep")) {
                o.slaKeep = true;
                continue;
            }
            if (i + 1 >= list.size()) {
                throw new UsageException("option " + name + " needs a value\n" + usage());
            }
            String v = list.get(++i);
            switch (name) {
                case "--parts" -> {
                    o.parts = new LinkedHashSet<>();
                    for (String p : v.split(",")) {
                        String part = p.strip().toLowerCase(Locale.ROOT);
                        if (!ALL_PARTS.contains(part)) {
                            throw new UsageException("unknown part " + part + "; parts are " + ALL_PARTS);
                        }
                        o.parts.add(part);
                    }
                }
                case "--root" -> o.root = Path.of(v).toAbsolutePath().normalize();
                case "--state-dir" -> o.stateDir = Path.of(v).toAbsolutePath().normalize();
                case "--results-dir" ->
                    o.resultsDir = Path.of(v).toAbsolutePath().normalize();
                case "--idle-settle" -> o.idleSettle = duration(v);
                case "--clients" -> {
                    List<Integer> c = new ArrayList<>();
                    for (String s : v.split(",")) {
                        c.add(positive(s.strip(), name));
                    }
                    o.clients = c;
                }
                case "--jit-warmup" -> o.jitWarmup = duration(v);
                case "--intake-warmup" -> o.intakeWarmup = duration(v);
                case "--intake-duration" -> o.intakeDuration = duration(v);
                case "--sla-clocks" -> o.slaClocks = positive(v, name);
                case "--sla-runs" -> o.slaRuns = positive(v, name);
                case "--pipeline-rate" -> o.pipelineRate = positive(v, name);
                case "--pipeline-duration" -> o.pipelineDuration = duration(v);
                case "--pipeline-drain" -> o.pipelineDrain = duration(v);
                case "--replay-events" -> o.replayEvents = positive(v, name);
                case "--replay-timeout" -> o.replayTimeout = duration(v);
                case "--portal-readers" -> o.portalReaders = positive(v, name);
                case "--portal-duration" -> o.portalDuration = duration(v);
                default -> throw new UsageException("unknown option " + name + "\n" + usage());
            }
        }
        if (o.resultsDir == null) {
            o.resultsDir = o.root.resolve("bench/results");
        }
        return o;
    }

    private void quick() {
        quick = true;
        idleSettle = Duration.ofSeconds(5);
        jitWarmup = Duration.ofSeconds(30);
        intakeWarmup = Duration.ofSeconds(3);
        intakeDuration = Duration.ofSeconds(10);
        slaClocks = 20_000;
        slaRuns = 5;
        pipelineRate = 50;
        pipelineDuration = Duration.ofSeconds(10);
        pipelineDrain = Duration.ofSeconds(20);
        replayEvents = 20_000;
        portalWarmup = Duration.ofSeconds(5);
        portalDuration = Duration.ofSeconds(10);
        replayTimeout = Duration.ofMinutes(5);
    }

    /** "60s", "500ms", "2m", "1h" or plain seconds. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw new UsageException("not a duration: " + text + " (e.g. 60s, 500ms, 2m)");
        }
    }

    private static int positive(String v, String name) {
        try {
            int n = Integer.parseInt(v.replace("_", ""));
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a positive whole number, got " + v);
        }
    }

    /** The options in effect, for the results file. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parts", List.copyOf(parts));
        m.put("quick", quick);
        m.put("idle_settle_s", idleSettle.toSeconds());
        m.put("restart_services", restartServices);
        m.put("jit_warmup_s", jitWarmup.toSeconds());
        m.put("clients", clients);
        m.put("intake_warmup_s", intakeWarmup.toSeconds());
        m.put("intake_duration_s", intakeDuration.toSeconds());
        m.put("sla_clocks", slaClocks);
        m.put("sla_runs", slaRuns);
        m.put("pipeline_rate", pipelineRate);
        m.put("pipeline_duration_s", pipelineDuration.toSeconds());
        m.put("pipeline_drain_s", pipelineDrain.toSeconds());
        m.put("replay_events", replayEvents);
        return m;
    }

    static String usage() {
        return """
                Usage: bench/run [--quick] [options]   (or the Java main id.go.cilegon.ppid.bench.Bench, platform running)

                  --quick                 short smoke run (10 s phases, 20k clocks/events, 50 submissions/s)
                  --parts LIST            subset of footprint,intake,sla,pipeline,replay,portal (default: all, in that order)
                  --no-restart            footprint: do not restart the services, only read RSS (no start times)
                  --idle-settle D         footprint: wait before reading idle RSS (20s)
                  --jit-warmup D          before intake and pipeline: unmeasured intake at the highest
                                          concurrency, then until consumers caught up; 0s skips it (90s)
                  --clients LIST          intake: concurrent clients (16,64)
                  --intake-warmup D       intake: warm-up per concurrency, not measured (10s)
                  --intake-duration D     intake: measured time per concurrency, platform and raw each (60s)
                  --sla-clocks N          sla: open clocks in the scratch schema (1000000)
                  --sla-runs N            sla: timed runs of the sweep query, the median is reported (9)
                  --sla-keep              sla: keep the scratch schema bench_sla afterwards
                  --pipeline-rate N       pipeline: submissions per second, open loop (200)
                  --pipeline-duration D   pipeline: how long to submit (60s)
                  --pipeline-drain D      pipeline: how long to wait for the last events (30s)
                  --replay-events N       replay: events written across index-service's input topics (1000000)
                  --replay-timeout D      replay: give up waiting for the caught-up index-service (30m)
                  --portal-readers N      portal: concurrent readers of the home page and the dashboard (50)
                  --portal-duration D     portal: how long they read, after a warm-up (60s)
                  --state-dir DIR         the devstack state folder (/work/bench-stack)
                  --results-dir DIR       where <timestamp>.json and latest.json go (bench/results)
                Durations: 500ms, 60s, 2m.
                """;
    }

    /** A bad command line; the message says what to change. */
    public static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
