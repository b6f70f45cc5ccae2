package id.go.cilegon.ppid.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One real Keycloak server per JVM: {@code bin/kc.sh start-dev --import-realm} with the {@code ppid} realm from
 * {@code deploy/keycloak/ppid-realm.json}.
 *
 * <p>Quarkus may load test classes (and so this class) in more than one class loader, so the "already started"
 * state lives in JVM-wide system properties ({@value #URL_PROPERTY}) and starting is serialised on an interned
 * string, not on this class.
 */
final class KeycloakServer {

    /** Base URL of the running server ({@code http://127.0.0.1:PORT}); set once started. Pre-set it (or env
     * {@code PPID_KEYCLOAK_URL}) to use an already running Keycloak that has the ppid realm. */
    static final String URL_PROPERTY = "ppid.keycloak.url";

    static final String LOG_PROPERTY = "ppid.keycloak.log";
    static final String STARTUP_MILLIS_PROPERTY = "ppid.keycloak.startup-millis";
    /** Set when a start failed: later calls in the same JVM fail at once instead of waiting minutes again. */
    static final String FAILURE_PROPERTY = "ppid.keycloak.start-failure";

    static final String TIMEOUT_PROPERTY = "ppid.keycloak.startup-timeout-seconds";
    static final String REALM_FILE_PROPERTY = "ppid.keycloak.realm-file";
    static final String EXTRA_ARGS_PROPERTY = "ppid.keycloak.args";

    static final String REALM = "ppid";
    static final String REALM_FILE = "deploy/keycloak/ppid-realm.json";
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "admin";

    /** ${NAME} placeholders resolved from the environment by Keycloak's realm import. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
    /** $1 = pid of the test JVM, the rest = kc.sh arguments. */
    private static final String WATCHDOG = String.join(
            "\n",
            "jvm=$1; shift",
            "/bin/sh bin/kc.sh \"$@\" &",
            "kc=$!",
            "trap 'kill -TERM $kc 2>/dev/null; wait $kc; exit 143' TERM INT",
            "while kill -0 $kc 2>/dev/null; do",
            "  if ! kill -0 $jvm 2>/dev/null; then kill -TERM $kc 2>/dev/null; wait $kc; exit 143; fi",
            "  sleep 1",
            "done",
            "wait $kc");

    /** JVM-wide (interned literal), shared by every class loader that loads this class. */
    private static final Object JVM_LOCK = "id.go.cilegon.ppid.testing.keycloak.KeycloakServer.lock";

    private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());

    private KeycloakServer() {}

    /** Starts the server unless it (or an external one) is already there; returns its base URL. */
    static String ensureStarted() {
        String url = runningUrl();
        if (url != null) {
            return url;
        }
        synchronized (JVM_LOCK) {
            url = runningUrl();
            if (url != null) {
                return url;
            }
            String failure = System.getProperty(FAILURE_PROPERTY);
            if (failure != null) {
                throw new IllegalStateException("Keycloak failed to start earlier in this JVM: " + failure);
            }
            try {
                return start();
            } catch (RuntimeException e) {
                System.setProperty(FAILURE_PROPERTY, String.valueOf(e.getMessage()));
                throw e;
            }
        }
    }

    static String runningUrl() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv("PPID_KEYCLOAK_URL");
        }
        return url == null || url.isBlank() ? null : stripTrailingSlash(url);
    }

    /**
     * The value the server got (or, for an external server, is expected to have got) for a {@code ${NAME}}
     * placeholder of the realm file: the environment's value if set, else a fixed test value.
     */
    static String placeholderValue(String name) {
        String fromEnv = System.getenv(name);
        return fromEnv != null && !fromEnv.isEmpty()
                ? fromEnv
                : "test-" + name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ------------------------------------------------------------------------------------------------------------

    private static String start() {
        long t0 = System.nanoTime();
        Path realmFile = realmFile();
        Path home = KeycloakDistribution.newHome();
        int port = freePort();
        String baseUrl = "http://127.0.0.1:" + port;
        Path log = logFile(home, port);
        Process process;
        try {
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, home.resolve("data/import/" + REALM + "-realm.json"));
            KeycloakDistribution.installDenyList(home, realmFile);
            String realmJson = Files.readString(realmFile, StandardCharsets.UTF_8);

            // kc.sh under a watchdog shell: if this JVM dies without running its shutdown hooks (SIGKILL, surefire
            // timeout), the watchdog stops Keycloak instead of leaving an orphaned server behind.
            List<String> command = new ArrayList<>(List.of(
                    "/bin/sh",
                    "-c",
                    WATCHDOG,
                    "ppid-keycloak",
                    Long.toString(ProcessHandle.current().pid()),
                    "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--import-realm"));
            String extra = System.getProperty(EXTRA_ARGS_PROPERTY);
            if (extra != null && !extra.isBlank()) {
                command.addAll(List.of(extra.trim().split("\\s+")));
            }
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            // hermetic: no Keycloak/Quarkus configuration or JVM options leak in from the test environment
            env.keySet()
                    .removeIf(k -> k.startsWith("KC_")
                            || k.startsWith("QUARKUS_")
                            || k.startsWith("KEYCLOAK_")
                            || k.equals("JAVA_OPTS")
                            || k.equals("JAVA_OPTS_APPEND")
                            || k.equals("JAVA_OPTS_KC_HEAP")
                            || k.equals("JAVA_ADD_OPENS")
                            || k.equals("DEBUG")
                            || k.equals("DEBUG_PORT"));
            String javaHome = System.getProperty("java.home");
            env.put("JAVA_HOME", javaHome);
            env.put("PATH", Paths.get(javaHome, "bin") + java.io.File.pathSeparator + env.getOrDefault("PATH", ""));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            Matcher m = PLACEHOLDER.matcher(realmJson);
            while (m.find()) {
                env.put(m.group(1), placeholderValue(m.group(1)));
            }
            process = pb.start();
        } catch (IOException e) {
            KeycloakDistribution.deleteHome(home);
            throw new UncheckedIOException("Cannot start Keycloak in " + home, e);
        }

        Thread hook = new Thread(() -> stop(process, home), "ppid-keycloak-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        Duration timeout = Duration.ofSeconds(Long.getLong(TIMEOUT_PROPERTY, 180));
        awaitReady(process, baseUrl, log, timeout, t0);

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.setProperty(STARTUP_MILLIS_PROPERTY, Long.toString(millis));
        System.setProperty(LOG_PROPERTY, log.toString());
        System.setProperty(URL_PROPERTY, baseUrl);
        LOG.log(
                System.Logger.Level.INFO,
                "Keycloak {0} with realm {1} ready at {2} in {3} ms (log: {4})",
                KeycloakDistribution.version(),
                REALM,
                baseUrl,
                Long.toString(millis),
                log);
        KeycloakDistribution.publishAugmentation(home);
        return baseUrl;
    }

    private static void awaitReady(Process process, String baseUrl, Path log, Duration timeout, long t0) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(
                        URI.create(baseUrl + "/realms/" + REALM + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = t0 + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. Log " + log + ":\n" + tail(log, 60));
            }
            try {
                HttpResponse<Void> r = http.send(probe, HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                killTree(process);
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            if (System.nanoTime() > deadline) {
                killTree(process);
                throw new IllegalStateException("Keycloak not ready at " + baseUrl + " within " + timeout.toSeconds()
                        + " s (-D" + TIMEOUT_PROPERTY + "). Log " + log + ":\n" + tail(log, 60));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                killTree(process);
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
    }

    private static void stop(Process process, Path home) {
        killTree(process);
        KeycloakDistribution.deleteHome(home);
    }

    /** SIGTERM to kc.sh and every descendant (the Keycloak JVM), then SIGKILL to whatever is left after 20 s. */
    static void killTree(Process process) {
        List<ProcessHandle> all = new ArrayList<>();
        process.descendants().forEach(all::add);
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (ProcessHandle h : all) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    h.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception e) {
                // fall through to destroyForcibly
            }
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }

    static Path realmFile() {
        String configured = System.getProperty(REALM_FILE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Paths.get(configured);
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(REALM_FILE_PROPERTY + "=" + p + " does not exist");
            }
            return p;
        }
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(REALM_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "No " + REALM_FILE + " in " + start + " or any parent directory; set -D" + REALM_FILE_PROPERTY);
    }

    private static Path logFile(Path home, int port) {
        Path target = Paths.get(System.getProperty("user.dir"), "target");
        try {
            if (Files.isDirectory(target)) {
                Path dir = Files.createDirectories(target.resolve("keycloak"));
                return dir.resolve("keycloak-" + port + ".log");
            }
        } catch (IOException e) {
            // fall back to the home directory
        }
        return home.resolve("keycloak.log");
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
