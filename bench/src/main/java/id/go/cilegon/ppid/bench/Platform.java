package id.go.cilegon.ppid.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The running bench platform as ./ppid started it: ports from the same PPID_PORT_* variables, each service's
 * process found in /proc by its HTTP port, its exact command line and environment (so a restarted service or a
 * fresh index-service is started exactly as the launcher starts it), database settings from that environment.
 */
public final class Platform {

    /**
     * A free port below Linux's ephemeral range (32768-60999). A port inside it can be taken by the very client
     * that polls it: a connect whose source port happens to equal the target port connects to itself and holds
     * the port, and the service then fails to bind ("Port ... seems to be in use"). So every port the suite
     * starts something on, like the defaults in bench/run, lies below 32768.
     */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 30000 + ThreadLocalRandom.current().nextInt(2700);
            try (ServerSocket s = new ServerSocket(candidate, 1, InetAddress.getByName("127.0.0.1"))) {
                return candidate;
            } catch (IOException busy) {
                // taken: try another
            }
        }
        throw new IOException("no free port in 30000-32699");
    }

    /** A service of the platform, by the launcher's names and ports. */
    public enum Service {
        REQUEST("request-service", "PPID_PORT_REQUEST", 31081, "PPID_REQUEST"),
        ROUTING("routing-service", "PPID_PORT_ROUTING", 31082, "PPID_ROUTING"),
        NOTIFICATION("notification-service", "PPID_PORT_NOTIFICATION", 31083, "PPID_NOTIFICATION"),
        INDEX("index-service", "PPID_PORT_INDEX", 31084, "PPID_INDEX");

        final String module;
        final String portVariable;
        final int benchPort;
        final String envPrefix;

        Service(String module, String portVariable, int benchPort, String envPrefix) {
            this.module = module;
            this.portVariable = portVariable;
            this.benchPort = benchPort;
            this.envPrefix = envPrefix;
        }

        public String module() {
            return module;
        }
    }

    /** A running service process: what /proc says about it. */
    public record ServiceProcess(
            Service service, long pid, List<String> command, Map<String, String> env, Path workingDir) {}

    private final Options options;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new CopyOnWriteArrayList<>();

    public Platform(Options options) {
        this.options = options;
    }

    static int port(String variable, int benchDefault) {
        String v = System.getenv(variable);
        return v == null || v.isBlank() ? benchDefault : Integer.parseInt(v.strip());
    }

    public int port(Service s) {
        return port(s.portVariable, s.benchPort);
    }

    public int kafkaPort() {
        return port("PPID_PORT_KAFKA", 31092);
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort();
    }

    public int keycloakPort() {
        return port("PPID_PORT_KEYCLOAK", 31180);
    }

    public String realmUrl() {
        return "http://127.0.0.1:" + keycloakPort() + "/realms/ppid";
    }

    public String baseUrl(Service s) {
        return "http://127.0.0.1:" + port(s);
    }

    public Options options() {
        return options;
    }

    /** The service's process, found by the HTTP port in its environment. */
    public Optional<ServiceProcess> find(Service s) {
        String portSetting = "QUARKUS_HTTP_PORT=" + port(s);
        for (Path p : processDirs()) {
            String name = p.getFileName().toString();
            try {
                List<String> cmd = commandLine(p);
                if (cmd.isEmpty()
                        || !cmd.get(0).endsWith("java")
                        || cmd.stream().noneMatch(a -> a.endsWith("quarkus-run.jar"))) {
                    continue;
                }
                List<String> envLines = split(Files.readAllBytes(p.resolve("environ")));
                if (!envLines.contains(portSetting)) {
                    continue;
                }
                Map<String, String> env = new LinkedHashMap<>();
                for (String line : envLines) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        env.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
                Path cwd = Files.readSymbolicLink(p.resolve("cwd"));
                return Optional.of(new ServiceProcess(s, Long.parseLong(name), cmd, env, cwd));
            } catch (IOException | RuntimeException e) {
                // a process that ended while we looked, or one we may not read: not ours
            }
        }
        return Optional.empty();
    }

    /** The folders of the running processes in /proc. */
    static List<Path> processDirs() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
    }

    /** A process's command line, one argument per element. */
    static List<String> commandLine(Path processDir) throws IOException {
        return split(Files.readAllBytes(processDir.resolve("cmdline")));
    }

    public ServiceProcess require(Service s) {
        return find(s).orElseThrow(() -> new IllegalStateException(
                s.module + " is not running on port " + port(s) + " (is the bench platform up? bench/run starts it)"));
    }

    private static List<String> split(byte[] bytes) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                parts.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            parts.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        }
        return parts;
    }

    /** Resident memory of a process in MB (VmRSS of /proc/pid/status), or NaN when it is gone. */
    public static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kb = line.substring(6).strip().split("\\s+")[0];
                    return Long.parseLong(kb) / 1024d;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** Whether GET /q/health/ready answers 200 with status UP. */
    public boolean ready(int port) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts {@code command} with exactly {@code env} in {@code dir}, output appended to logs/bench-{@code name}.log
     * of the state folder; the suite stops it when it ends (and writes its pid to bench-pids for bench/run).
     */
    public Process start(String name, List<String> command, Map<String, String> env, Path dir) throws IOException {
        Path log = options.stateDir.resolve("logs").resolve("bench-" + name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        started.add(p);
        Files.writeString(
                options.stateDir.resolve("bench-pids"),
                p.pid() + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return p;
    }

    /** Stops a process with SIGTERM, SIGKILL after {@code grace}; true when it ended. */
    public static boolean stop(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return true;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            handle.destroyForcibly();
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
                return true;
            } catch (Exception again) {
                return false;
            }
        }
    }

    /** Stops every process the suite started (restarted services, the replay index-service, the minimal JVM). */
    public void stopStarted() {
        for (Process p : started) {
            stop(p.toHandle(), Duration.ofSeconds(30));
        }
        started.clear();
        try {
            Files.deleteIfExists(options.stateDir.resolve("bench-pids"));
        } catch (IOException e) {
            // nothing to clean
        }
    }

    /** A JDBC connection as the service's own database user (from the service's environment). */
    public Connection connect(Service s) throws SQLException {
        Map<String, String> env = require(s).env();
        String url = env.get(s.envPrefix + "_DB_URL");
        if (url == null) {
            throw new IllegalStateException(s.module + " has no " + s.envPrefix + "_DB_URL in its environment");
        }
        return DriverManager.getConnection(
                url, env.get(s.envPrefix + "_DB_USER"), env.get(s.envPrefix + "_DB_PASSWORD"));
    }

    /** How long the wait for a quiet platform took, and the consumer groups that stopped making progress. */
    public record Settled(Duration consumers, Duration mail, Map<String, Long> stuck) {
        public Duration waited() {
            return consumers.plus(mail);
        }
    }

    /**
     * Waits for a quiet platform before a phase, so it does not share the CPU with the aftermath of the one before:
     * every consumer group caught up (at most 15 minutes; a group whose lag stalls for 60 s is reported as stuck),
     * then notification-service's due mail sent (at most 2 minutes).
     */
    Settled settle(KafkaTools kafka) throws Exception {
        KafkaTools.Quiet consumers =
                kafka.awaitQuiet(Duration.ofMinutes(15), Duration.ofSeconds(60), List.of("bench-"));
        return new Settled(consumers.waited(), awaitDeliveries(Duration.ofMinutes(2)), consumers.stuck());
    }

    /**
     * Waits until notification-service has sent the messages that are due (an earlier load's mail, written while
     * its events were consumed). Gives up after {@code timeout} and says so; returns how long it waited.
     */
    private Duration awaitDeliveries(Duration timeout) throws SQLException, InterruptedException {
        long t0 = System.nanoTime();
        try (Connection c = connect(Service.NOTIFICATION);
                PreparedStatement due = c.prepareStatement("select count(*) from notification "
                        + "where status = 'PENDING' and next_attempt_at <= now()")) {
            while (true) {
                long left;
                try (ResultSet rs = due.executeQuery()) {
                    rs.next();
                    left = rs.getLong(1);
                }
                Duration waited = Duration.ofNanos(System.nanoTime() - t0);
                if (left <= 5) {
                    return waited;
                }
                if (waited.compareTo(timeout) > 0) {
                    Bench.log(
                            "notification-service still has %d messages due after %d s: not waiting longer",
                            left, waited.toSeconds());
                    return waited;
                }
                Thread.sleep(1000);
            }
        }
    }
}
