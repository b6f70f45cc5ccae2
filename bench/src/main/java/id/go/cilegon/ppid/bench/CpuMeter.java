package id.go.cilegon.ppid.bench;

import id.go.cilegon.ppid.bench.Platform.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time used so far by each part of the bench platform, by this suite, and by the whole machine, read from
 * /proc. Two snapshots around a steady load give the CPU each part spends per accepted request: the sizing figure
 * a city needs (how many cores for how many requests per second) and the measure of every CPU saving.
 *
 * <p>Parts: the four services (found by their HTTP ports), PostgreSQL (the postmaster of the state folder's data
 * directory and its backends), Keycloak, and the launcher, which runs Kafka and the SMTP server in-process.
 */
final class CpuMeter {

    /** Linux reports CPU times in clock ticks; USER_HZ is 100 on every architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;

    static final String MACHINE = "machine";
    static final String SUITE = "bench client";

    /** CPU seconds per part at one moment. */
    record Snapshot(long nanos, Map<String, Double> seconds) {}

    /** The processes of each part, found once (PostgreSQL's backends are listed anew at each snapshot). */
    private final Map<String, Long> parts = new LinkedHashMap<>();

    private final long postmaster;

    /** Finds the platform's processes; a part not running is left out. */
    CpuMeter(Platform platform) {
        Path stateDir = platform.options().stateDir;
        for (Service s : Service.values()) {
            platform.find(s).ifPresent(p -> parts.put(s.module(), p.pid()));
        }
        String dataDir = stateDir.resolve("postgres").toString();
        postmaster = findProcess(cmd -> program(cmd).equals("postgres")
                && cmd.indexOf(dataDir) > 0
                && cmd.get(cmd.indexOf(dataDir) - 1).equals("-D"));
        String keycloakHome = "-Dkc.home.dir=" + stateDir.resolve("keycloak");
        long keycloak = findProcess(
                cmd -> program(cmd).equals("java") && cmd.stream().anyMatch(a -> a.startsWith(keycloakHome)));
        if (keycloak > 0) {
            parts.put("keycloak", keycloak);
        }
        try {
            parts.put(
                    "kafka + launcher",
                    Long.parseLong(
                            Files.readString(stateDir.resolve("launcher.pid")).trim()));
        } catch (IOException | NumberFormatException e) {
            // not started by ./ppid: no launcher to measure
        }
        parts.put(SUITE, ProcessHandle.current().pid());
    }

    Snapshot take() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        parts.forEach((part, pid) -> seconds.put(part, processSeconds(List.of(pid))));
        if (postmaster > 0) {
            List<Long> pids = new ArrayList<>(children(postmaster));
            pids.add(postmaster);
            seconds.put("postgres", processSeconds(pids));
        }
        seconds.put(MACHINE, machineSeconds());
        return new Snapshot(System.nanoTime(), seconds);
    }

    /**
     * Milliseconds of CPU per accepted request between two snapshots, per part, given the requests accepted per
     * second over that time. The machine figure includes everything else running on it.
     */
    static Map<String, Double> msPerRequest(Snapshot from, Snapshot to, double acceptedPerSecond) {
        double elapsed = (to.nanos() - from.nanos()) / 1e9;
        Map<String, Double> ms = new LinkedHashMap<>();
        if (elapsed <= 0 || acceptedPerSecond <= 0) {
            return ms;
        }
        for (Map.Entry<String, Double> e : to.seconds().entrySet()) {
            Double before = from.seconds().get(e.getKey());
            if (before != null) {
                ms.put(e.getKey(), (e.getValue() - before) / elapsed / acceptedPerSecond * 1000);
            }
        }
        return ms;
    }

    /** The sum over the platform's parts and the suite: unlike the machine figure, blind to other load. */
    static Double total(Map<String, Double> msPerRequest) {
        return msPerRequest.isEmpty()
                ? null
                : msPerRequest.entrySet().stream()
                        .filter(e -> !e.getKey().equals(MACHINE))
                        .mapToDouble(Map.Entry::getValue)
                        .sum();
    }

    /** "request-service 7.1, postgres 3.8, ..." without the machine total, largest first. */
    static String breakdown(Map<String, Double> msPerRequest) {
        StringBuilder sb = new StringBuilder();
        msPerRequest.entrySet().stream()
                .filter(e -> !e.getKey().equals(MACHINE))
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ")
                        .append(String.format("%s %.1f", e.getKey(), e.getValue())));
        return sb.toString();
    }

    /** utime + stime of the processes (threads included), in seconds; a process gone meanwhile counts zero. */
    static double processSeconds(List<Long> pids) {
        long ticks = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                // after "pid (comm) ": state is field 3, utime field 14, stime field 15
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException gone) {
                // ended between the listing and the read
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Busy time of all CPUs (everything but idle and iowait) from the first line of /proc/stat, in seconds. */
    static double machineSeconds() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] f = lines.findFirst().orElseThrow().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String program(List<String> cmd) {
        return cmd.isEmpty() || cmd.get(0).isEmpty()
                ? ""
                : Path.of(cmd.get(0)).getFileName().toString();
    }

    /** The first process whose command line (arguments in order) matches, or -1. */
    private static long findProcess(Predicate<List<String>> matches) {
        for (Path p : Platform.processDirs()) {
            try {
                if (matches.test(Platform.commandLine(p))) {
                    return Long.parseLong(p.getFileName().toString());
                }
            } catch (IOException | RuntimeException e) {
                // ended while we looked, or not ours to read
            }
        }
        return -1;
    }

    private static List<Long> children(long parent) {
        List<Long> pids = new ArrayList<>();
        ProcessHandle.of(parent).ifPresent(h -> h.children().forEach(c -> pids.add(c.pid())));
        return pids;
    }
}
