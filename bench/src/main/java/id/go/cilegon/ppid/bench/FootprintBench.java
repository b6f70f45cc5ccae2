package id.go.cilegon.ppid.bench;

import id.go.cilegon.ppid.bench.Platform.Service;
import id.go.cilegon.ppid.bench.Platform.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 8, measurement 4: per service, the time from process start to /q/health/ready UP (each service stopped and
 * started again alone, with the launcher's exact command and environment, so the figure is not inflated by four
 * services starting at once) and its resident memory (VmRSS) at idle; the RSS under intake load is sampled by
 * {@link IntakeBench}. Raw limit: a bare JVM with the same options answering /q/health/ready.
 */
public final class FootprintBench {

    private final Platform platform;
    private final Options options;
    private final Map<Service, Double> readySeconds = new EnumMap<>(Service.class);
    private final Map<Service, Double> idleRss = new EnumMap<>(Service.class);
    private final Map<Service, Double> loadRss = new EnumMap<>(Service.class);
    private double rawReadySeconds = Double.NaN;
    private double rawRss = Double.NaN;

    public FootprintBench(Platform platform) {
        this.platform = platform;
        this.options = platform.options();
    }

    /** Restarts each service in turn and measures; then the idle RSS of all and the raw JVM. */
    public void run() throws Exception {
        List<String> jvmOptions = List.of();
        for (Service s : Service.values()) {
            ServiceProcess p = platform.find(s).orElse(null);
            if (p == null) {
                Bench.log("footprint: %s is not running, skipped", s.module());
                continue;
            }
            jvmOptions = jvmOptions(p.command());
            if (options.restartServices) {
                readySeconds.put(s, restart(p));
            }
        }
        rawReadySeconds = measureRaw(jvmOptions);
        Bench.log("footprint: idle for %d s before reading RSS", options.idleSettle.toSeconds());
        Thread.sleep(options.idleSettle.toMillis());
        for (Service s : Service.values()) {
            platform.find(s).ifPresent(p -> idleRss.put(s, Platform.rssMb(p.pid())));
        }
        Bench.log(
                "footprint: ready %s, idle RSS %s MB, bare JVM ready %.2f s RSS %.0f MB",
                readySeconds, idleRss, rawReadySeconds, rawRss);
    }

    private double restart(ServiceProcess p) throws Exception {
        Bench.log("footprint: restarting %s (pid %d)", p.service().module(), p.pid());
        ProcessHandle old = ProcessHandle.of(p.pid()).orElse(null);
        if (old != null && !Platform.stop(old, Duration.ofSeconds(60))) {
            throw new IllegalStateException(p.service().module() + " did not stop");
        }
        int port = platform.port(p.service());
        long t0 = System.nanoTime();
        Process fresh = platform.start(p.service().module(), p.command(), p.env(), p.workingDir());
        double seconds = awaitReady(fresh, port, t0, p.service().module());
        Bench.log("footprint: %s ready %.2f s after start (pid %d)", p.service().module(), seconds, fresh.pid());
        return seconds;
    }

    private double awaitReady(Process process, int port, long t0, String name) throws InterruptedException {
        long deadline = t0 + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see "
                        + options.stateDir.resolve("logs/bench-" + name + ".log"));
            }
            if (platform.ready(port)) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + " not ready within 5 minutes");
    }

    private double measureRaw(List<String> jvmOptions) throws Exception {
        int port = Platform.freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(MinimalServer.class.getName());
        cmd.add(Integer.toString(port));
        long t0 = System.nanoTime();
        Process p = platform.start("bare-jvm", cmd, new LinkedHashMap<>(System.getenv()), options.root);
        try {
            double ready = awaitReady(p, port, t0, "bare-jvm");
            Thread.sleep(Math.min(options.idleSettle.toMillis(), 5000));
            rawRss = Platform.rssMb(p.pid());
            return ready;
        } finally {
            Platform.stop(p.toHandle(), Duration.ofSeconds(10));
        }
    }

    /** The JVM options of a service's command line (between java and -jar). */
    static List<String> jvmOptions(List<String> command) {
        List<String> opts = new ArrayList<>();
        for (int i = 1; i < command.size(); i++) {
            if (command.get(i).equals("-jar")) {
                break;
            }
            opts.add(command.get(i));
        }
        return opts;
    }

    /** Called by the intake phase while it loads the platform. */
    public void sampleUnderLoad(Platform platform) {
        for (Service s : Service.values()) {
            platform.find(s).ifPresent(p -> loadRss.merge(s, Platform.rssMb(p.pid()), Math::max));
        }
    }

    /** The footprint rows. */
    public void addRows(ResultTable table) {
        for (Service s : Service.values()) {
            Double ready = readySeconds.get(s);
            if (ready != null) {
                table.add(new ResultTable.Row(
                        "4 footprint",
                        "ready after start, " + s.module(),
                        ready,
                        "s",
                        rawReadySeconds,
                        "< 2 s",
                        ready < 2.0,
                        null));
            }
        }
        for (Service s : Service.values()) {
            Double rss = idleRss.get(s);
            if (rss != null) {
                table.add(new ResultTable.Row(
                        "4 footprint", "RSS idle, " + s.module(), rss, "MB", rawRss, "< 150 MB", rss < 150.0, null));
            }
        }
        for (Service s : Service.values()) {
            Double rss = loadRss.get(s);
            if (rss != null) {
                table.add(new ResultTable.Row(
                        "4 footprint",
                        "RSS max under intake load, " + s.module(),
                        rss,
                        "MB",
                        rawRss,
                        null,
                        null,
                        null));
            }
        }
    }

    /** Raw figures for the results file. */
    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ready_s", readySeconds);
        m.put("idle_rss_mb", idleRss);
        m.put("load_rss_mb", loadRss);
        m.put("bare_jvm_ready_s", rawReadySeconds);
        m.put("bare_jvm_rss_mb", rawRss);
        return m;
    }
}
