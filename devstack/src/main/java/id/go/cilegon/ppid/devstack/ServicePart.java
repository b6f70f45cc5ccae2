package id.go.cilegon.ppid.devstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One platform service (or the portal) as a child process from its packaged build ({@code java -jar
 * <service>/target/quarkus-app/quarkus-run.jar}, production profile), configured through environment variables.
 *
 * <p>The variables follow the platform's convention ({@code PPID_<SERVICE>_DB_URL}, {@code KAFKA_BOOTSTRAP_SERVERS},
 * {@code PPID_OIDC_URL}, every application's {@code PPID_<SERVICE>_URL}, ...). In addition the service's {@code
 * application.properties} is read: for every {@code %prod.<key>=${VAR}} whose key the stack can answer (datasource,
 * Kafka, OIDC, mailer), {@code VAR} gets that value whatever its name; any other {@code ${VAR}} without a default
 * that stays unset is reported before start.
 */
final class ServicePart implements Part {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
    /**
     * JVM options of each service unless {@code PPID_SERVICE_JAVA_OPTS} is set; measured one by one with bench/run's
     * footprint part (devstack/README.md, "JVM options of the services"). Four services share one machine here with
     * Kafka, PostgreSQL and Keycloak, so start time and resident memory count more than peak throughput:
     * <ul>
     *   <li>{@code -Xms16m}: the heap grows to what the service holds instead of committing 64 MB up front. The
     *       heap's free ratios stay the JVM's (40 / 70 %): held at 10 / 30 % they saved 3-6 MB of idle RSS but kept
     *       the old generation over 90 % full under load, so the serial collector ran full collections of about
     *       270 ms every few seconds, and young collections took a quarter of an index replay's time;</li>
     *   <li>{@code -XX:TrimNativeHeapInterval=5000}: glibc keeps the memory the JIT compilers and start-up code freed;
     *       trimming every 5 s returns it (about 25 MB per service at idle);</li>
     *   <li>{@code -XX:TieredStopAtLevel=1}: C1 only. C2 compiling start-up code took about half of the CPU spent
     *       before ready, and its arenas about 30 MB of RSS. Peak throughput of long CPU-bound runs (a full index
     *       replay) may be lower: measure with {@code PPID_SERVICE_JAVA_OPTS} without it. Production keeps C2
     *       (deploy/README.md).</li>
     * </ul>
     */
    static final String DEFAULT_JAVA_OPTS =
            "-Xms16m -Xmx384m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000" + " -XX:TieredStopAtLevel=1";

    /**
     * Production settings that cannot hold on one machine, overridden for the prod profile ({@code _PROD_} variables
     * beat the {@code %prod.} lines of application.properties).
     */
    static final Map<String, String> LOCAL_OVERRIDES = Map.of(
            // readable log files instead of the JSON lines production ships to a log collector
            "_PROD_QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");

    private final ServiceSpec spec;
    private final Settings settings;
    private final Secrets secrets;
    private final int port;
    private final PostgresPart postgres;
    private final KafkaPart kafka;
    private final KeycloakPart keycloak;
    private final MailPart mail;
    private volatile ChildProcess process;

    ServicePart(
            ServiceSpec spec,
            Settings settings,
            Secrets secrets,
            PostgresPart postgres,
            KafkaPart kafka,
            KeycloakPart keycloak,
            MailPart mail) {
        this.spec = spec;
        this.settings = settings;
        this.secrets = secrets;
        this.port = settings.port(spec.portSetting(), spec.defaultPort());
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.mail = mail;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public List<Port> ports() {
        return List.of(new Port(port, spec.portSetting()));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Values the stack gives for configuration keys, whatever environment variable a service maps them to. */
    private Map<String, String> valuesByProperty() {
        Map<String, String> v = new LinkedHashMap<>();
        if (spec.hasDatabase()) {
            v.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(spec.database()));
            v.put("quarkus.datasource.username", spec.database());
            v.put("quarkus.datasource.password", postgres.password());
        }
        v.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        v.put("quarkus.kafka-streams.bootstrap-servers", kafka.bootstrapServers());
        v.put("kafka-streams.state.dir", streamsStateDir().toString());
        v.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        v.put("quarkus.mailer.host", "127.0.0.1");
        v.put("quarkus.mailer.port", Integer.toString(mail.port()));
        return v;
    }

    private Path streamsStateDir() {
        return settings.state().resolve("kafka-streams").resolve(spec.name());
    }

    /** The environment of the service process. */
    Map<String, String> environment() throws IOException {
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        env.remove("QUARKUS_PROFILE"); // always the production profile, as deployed
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        if (spec.hasDatabase()) {
            env.put(spec.envPrefix() + "_DB_URL", postgres.jdbcUrl(spec.database()));
            env.put(spec.envPrefix() + "_DB_USER", spec.database());
            env.put(spec.envPrefix() + "_DB_PASSWORD", postgres.password());
        }
        // where every application of the platform answers, e.g. PPID_INDEX_URL for the portal's index-service client
        for (ServiceSpec other : ServiceSpec.PLATFORM) {
            env.put(
                    other.envPrefix() + "_URL",
                    "http://127.0.0.1:" + settings.port(other.portSetting(), other.defaultPort()));
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("PPID_OIDC_URL", keycloak.realmUrl());
        env.put("PPID_SMTP_HOST", "127.0.0.1");
        env.put("PPID_SMTP_PORT", Integer.toString(mail.port()));
        env.put("KAFKA_STREAMS_STATE_DIR", streamsStateDir().toString());
        env.putAll(LOCAL_OVERRIDES);
        env.putAll(spec.env());
        for (String secret : spec.secrets()) {
            env.put(secret, secrets.get(secret));
        }
        Properties props = applicationProperties();
        Map<String, String> byProperty = valuesByProperty();
        for (String key : props.stringPropertyNames()) {
            if (!key.startsWith("%prod.")) {
                continue;
            }
            String value = byProperty.get(key.substring("%prod.".length()));
            Matcher m = Pattern.compile("^\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}$")
                    .matcher(props.getProperty(key).trim());
            if (value != null && m.matches()) {
                env.put(m.group(1), value);
            }
        }
        return env;
    }

    /** Environment variables the service reads without a default that the stack does not set. */
    List<String> unsetVariables() throws IOException {
        Map<String, String> env = environment();
        Properties props = applicationProperties();
        TreeSet<String> missing = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue; // dev and test profiles do not apply
            }
            Matcher m = ENV_REFERENCE.matcher(props.getProperty(key));
            while (m.find()) {
                if (!env.containsKey(m.group(1))) {
                    missing.add(m.group(1));
                }
            }
        }
        return new ArrayList<>(missing);
    }

    private Properties applicationProperties() throws IOException {
        Properties p = new Properties();
        Path file = spec.applicationProperties(settings.root());
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        return p;
    }

    @Override
    public void start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String opt : settings.value("PPID_SERVICE_JAVA_OPTS", DEFAULT_JAVA_OPTS)
                .trim()
                .split("\\s+")) {
            if (!opt.isEmpty()) {
                command.add(opt);
            }
        }
        Path jar = spec.jar(settings);
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no packaged build " + settings.show(jar));
        }
        command.add("-jar");
        command.add(jar.toString());
        process = ChildProcess.start(name(), command, spec.module(settings.root()), environment(), log());
    }

    /** The exit code once the process ended by itself, else -1. */
    int exitCode() {
        ChildProcess p = process;
        return p == null ? -1 : p.exitCode();
    }

    @Override
    public Health health() {
        if (process != null && !process.isAlive()) {
            return Health.down("exited with code " + process.exitCode());
        }
        return Probe.http(baseUrl() + "/q/health/ready", null);
    }

    /** The data of the service's health check {@code check}, e.g. the calendar's years; empty when unknown. */
    Map<String, String> checkData(String check) {
        return Probe.checkData(baseUrl() + "/q/health/ready", check);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
    }

    /** Whether this is the site people open (its line leads the summary) rather than a service. */
    boolean site() {
        return spec.kind() == ServiceSpec.Kind.SITE;
    }

    @Override
    public List<String> describe() {
        if (site()) {
            String title = Character.toUpperCase(name().charAt(0)) + name().substring(1);
            return List.of(String.format(
                    "%s (public site): %s/   live index %s/indeks   health %s/q/health",
                    title, baseUrl(), baseUrl(), baseUrl()));
        }
        return List.of(String.format(
                "%-22s %s   Swagger UI %s/q/swagger-ui   health %s/q/health", name(), baseUrl(), baseUrl(), baseUrl()));
    }

    @Override
    public Path log() {
        return settings.logFile(name());
    }
}
