package id.go.cilegon.ppid.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole platform as {@code ./ppid up --detach} would run it, started by the devstack launcher in a child JVM:
 * PostgreSQL, Kafka, SMTP, Keycloak, the four services from their {@code target/e2e-app} build and the portal from
 * its production build (it has no clock to control), on free ports, with its state under {@code e2e/target/devstack}. {@link #close()} sends the launcher SIGTERM, which stops
 * everything it started.
 */
final class LaunchedPlatform implements AutoCloseable {

    static final String LAUNCHER_MAIN = "id.go.cilegon.ppid.devstack.Devstack";
    static final List<String> SERVICES =
            List.of("request-service", "routing-service", "notification-service", "index-service");
    /** The web front; the launcher runs its {@code target/quarkus-app}, whatever {@code PPID_SERVICE_APP} says. */
    static final String PORTAL = "portal";

    private static final List<String> PORT_SETTINGS = List.of(
            "PPID_PORT_POSTGRES",
            "PPID_PORT_KAFKA",
            "PPID_PORT_KAFKA_CONTROLLER",
            "PPID_PORT_SMTP",
            "PPID_PORT_KEYCLOAK",
            "PPID_PORT_REQUEST",
            "PPID_PORT_ROUTING",
            "PPID_PORT_NOTIFICATION",
            "PPID_PORT_INDEX",
            "PPID_PORT_PORTAL");

    private final Path root;
    private final Path state;
    private final Map<String, Integer> ports;
    private final Process launcher;
    private final Thread killOnExit;

    private LaunchedPlatform(Path root, Path state, Map<String, Integer> ports, Process launcher) {
        this.root = root;
        this.state = state;
        this.ports = ports;
        this.launcher = launcher;
        // a test JVM that is stopped (Ctrl-C on Maven) still stops the platform
        this.killOnExit = new Thread(launcher::destroy, "e2e-stop-platform");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the launcher with a fresh state folder and returns once its {@code state} file says ready.
     *
     * @param extraEnv settings for the services (they inherit the launcher's environment)
     */
    static LaunchedPlatform start(Path root, Path state, Map<String, String> extraEnv, Duration timeout)
            throws IOException {
        Path devstack = root.resolve("devstack/target");
        Path jar;
        try (Stream<Path> s = Files.list(devstack)) {
            jar = s.filter(p -> p.getFileName().toString().matches("devstack-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no devstack/target/devstack-*.jar: build devstack"));
        }
        for (String service : SERVICES) {
            Path app = root.resolve(service).resolve("target/e2e-app/quarkus-run.jar");
            if (!Files.isRegularFile(app)) {
                throw new IllegalStateException("no " + root.relativize(app) + ": build the services without "
                        + "-DskipTests (./mvnw -B verify -pl e2e -am)");
            }
        }
        Path portal = root.resolve(PORTAL).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(portal)) {
            throw new IllegalStateException(
                    "no " + root.relativize(portal) + ": build it (./mvnw -B verify -pl e2e -am)");
        }
        freshState(state);
        Files.createDirectories(state.resolve("logs"));

        Map<String, Integer> ports = freePorts();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PPID_DEVSTACK_DIR", state.toString());
        ports.forEach((k, v) -> env.put(k, Integer.toString(v)));
        env.put("PPID_SERVICE_APP", "e2e-app");
        env.put("PPID_SERVICES", "");
        env.putAll(extraEnv);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xms64m", "-Xmx768m", "-XX:+UseSerialGC"));
        command.add("-Dppid.devstack.root=" + root);
        command.add("-Dppid.devstack.detached=true");
        command.add("-cp");
        command.add(jar + ":" + devstack.resolve("lib") + "/*");
        command.add(LAUNCHER_MAIN);
        command.add("up");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(state.resolve("logs/launcher.out").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove("QUARKUS_PROFILE");
        pb.environment().putAll(env);
        System.out.println("[e2e] starting the platform: " + String.join(" ", command));
        System.out.println("[e2e]   ports " + ports + ", state " + state);
        LaunchedPlatform platform = new LaunchedPlatform(root, state, ports, pb.start());
        try {
            platform.awaitReady(timeout);
        } catch (RuntimeException | Error e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    private void awaitReady(Duration timeout) {
        Path stateFile = state.resolve("state");
        await("the platform's state file says ready")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    String s = Files.isRegularFile(stateFile)
                            ? Files.readString(stateFile).trim()
                            : "";
                    if ("failed".equals(s) || !launcher.isAlive()) {
                        throw new IllegalStateException("the platform did not start (state '" + s + "'):\n"
                                + tail(state.resolve("logs/launcher.out"), 60));
                    }
                    return "ready".equals(s);
                });
        // every service and the portal must run: the launcher skips one whose build it does not find
        List<String> skipped;
        try {
            skipped = Files.readAllLines(state.resolve("logs/launcher.out"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.trim().startsWith("skipped:"))
                    .distinct()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!skipped.isEmpty()) {
            throw new IllegalStateException("the launcher left services out: " + skipped);
        }
    }

    int port(String setting) {
        return ports.get(setting);
    }

    String url(String portSetting) {
        return "http://127.0.0.1:" + port(portSetting);
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + port("PPID_PORT_KAFKA");
    }

    /** A service's database (e.g. {@code request_service}) on the launcher's PostgreSQL, for its superuser. */
    Connection database(String name) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port("PPID_PORT_POSTGRES") + "/" + name, login);
    }

    String realmUrl() {
        return url("PPID_PORT_KEYCLOAK") + "/realms/ppid";
    }

    Path mailDir() {
        return state.resolve("mail");
    }

    Path logs() {
        return state.resolve("logs");
    }

    Path state() {
        return state;
    }

    Path root() {
        return root;
    }

    /** SIGTERM to the launcher, which stops the services, Keycloak, SMTP, Kafka and PostgreSQL in order. */
    @Override
    public void close() {
        if (launcher.isAlive()) {
            long t0 = System.nanoTime();
            launcher.destroy();
            try {
                if (!launcher.waitFor(150, TimeUnit.SECONDS)) {
                    System.out.println("[e2e] the launcher did not stop in 150 s; killing it");
                    launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                    launcher.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.printf("[e2e] platform stopped in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already
        }
    }

    /** The last lines of a file, for messages. */
    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** Distinct free ports in 20000-29999 (below Linux's ephemeral range, so no client socket takes one). */
    private static Map<String, Integer> freePorts() {
        Random random = new Random();
        Set<Integer> taken = new HashSet<>();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String setting : PORT_SETTINGS) {
            for (int attempt = 0; ; attempt++) {
                int candidate = 20000 + random.nextInt(10000);
                if (!taken.contains(candidate) && isFree(candidate)) {
                    taken.add(candidate);
                    ports.put(setting, candidate);
                    break;
                }
                if (attempt > 200) {
                    throw new IllegalStateException("no free port in 20000-29999");
                }
            }
        }
        return ports;
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Empties the state folder of an earlier run, except the unzipped and built Keycloak (its first start spends a
     * minute on that); Keycloak's database goes, so the realm is imported again with this run's secrets.
     */
    private static void freshState(Path state) throws IOException {
        for (Path p : list(state)) {
            if (p.getFileName().toString().equals("keycloak")) {
                deleteRecursively(p.resolve("data"));
            } else if (Files.isDirectory(p)) {
                deleteRecursively(p);
            } else {
                Files.delete(p);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Files of a folder, for messages; empty when it does not exist. */
    static List<Path> list(Path dir) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                s.forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }
}
