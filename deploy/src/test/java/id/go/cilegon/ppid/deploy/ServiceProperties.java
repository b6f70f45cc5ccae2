package id.go.cilegon.ppid.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * A service's application.properties as the manifests see it: which keys exist, which environment variables
 * it reads through {@code ${NAME}} expressions, and the effective production value of a key.
 */
public final class ServiceProperties {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)(:[^}]*)?}");
    private static final Pattern QUARKUS_DEPENDENCY =
            Pattern.compile("<groupId>io\\.quarkus</groupId>\\s*<artifactId>(quarkus-[a-z0-9-]+)</artifactId>");
    /** A string literal "ppid.<...>." that code completes with a name: a family of settings. */
    private static final Pattern SETTING_PREFIX = Pattern.compile("\"(ppid\\.[a-z0-9.-]+\\.)\"\\s*\\+");
    /**
     * Extensions every service has through the ones its pom declares: Quarkus REST and OIDC bring the HTTP server
     * (quarkus-vertx-http), which brings the TLS registry (quarkus-tls-registry); their settings are the service's too.
     */
    private static final Map<String, List<String>> BROUGHT = Map.of(
            "quarkus-rest-jackson", List.of("quarkus-vertx-http", "quarkus-tls-registry"),
            "quarkus-rest", List.of("quarkus-vertx-http", "quarkus-tls-registry"),
            "quarkus-oidc", List.of("quarkus-vertx-http", "quarkus-tls-registry"));
    /** JVM-level variables the container may set; they are not application configuration. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private final String service;
    private final Properties raw = new Properties();
    private final Set<String> keys = new TreeSet<>();
    /** ${NAME} read by the default or prod profile, i.e. in production. */
    private final Set<String> prodVariables = new TreeSet<>();

    private final Set<String> allVariables = new TreeSet<>();
    /** io.quarkus extensions the service's pom declares. */
    private final Set<String> extensions = new TreeSet<>();
    /** Setting families read by code with a computed suffix, e.g. "ppid.webhook-secret." + reference. */
    private final Set<String> settingPrefixes = new TreeSet<>();

    /** Quarkus' defaults only: no keys, no variables, no extensions (a module not in this repository yet). */
    private ServiceProperties(String service) {
        this.service = service;
    }

    private ServiceProperties(String service, Path file) {
        this.service = service;
        try (Reader reader = Files.newBufferedReader(file)) {
            raw.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : raw.stringPropertyNames()) {
            String profile = name.startsWith("%") ? name.substring(1, name.indexOf('.')) : null;
            keys.add(profile == null ? name : name.substring(name.indexOf('.') + 1));
            Matcher m = EXPRESSION.matcher(raw.getProperty(name));
            while (m.find()) {
                if (m.group(1).contains(".") || raw.containsKey(m.group(1))) {
                    continue; // ${other.key}: a reference to another setting, not to the environment
                }
                allVariables.add(m.group(1));
                if (profile == null || profile.equals("prod")) {
                    prodVariables.add(m.group(1));
                }
            }
        }
        Path module = file.getParent().getParent().getParent().getParent();
        try {
            Matcher dependency = QUARKUS_DEPENDENCY.matcher(Files.readString(module.resolve("pom.xml")));
            while (dependency.find()) {
                extensions.add(dependency.group(1));
            }
            new TreeSet<>(extensions).forEach(e -> extensions.addAll(BROUGHT.getOrDefault(e, List.of())));
            Path sources = module.resolve("src/main/java");
            if (Files.isDirectory(sources)) {
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path java :
                            (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                        Matcher prefix = SETTING_PREFIX.matcher(Files.readString(java));
                        while (prefix.find()) {
                            settingPrefixes.add(prefix.group(1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String service) {
        return DeployPaths.repo().resolve(service).resolve("src/main/resources/application.properties");
    }

    public static boolean exists(String service) {
        return Files.exists(file(service));
    }

    public static ServiceProperties of(String service) {
        return new ServiceProperties(service, file(service));
    }

    /**
     * A service whose module is not in this repository yet, seen with Quarkus' defaults only (HTTP port 8080, health
     * and metrics under /q): every prodValue is the framework default and no variable means anything to it. Only for
     * ServiceConfigTest.MODULE_PENDING.
     */
    public static ServiceProperties quarkusDefaults(String service) {
        return new ServiceProperties(service);
    }

    /** The io.quarkus extensions the service uses (its pom). */
    public Set<String> extensions() {
        return extensions;
    }

    public String service() {
        return service;
    }

    /** Environment variables that must be set in production (read without a usable default). */
    public Set<String> prodVariables() {
        return prodVariables;
    }

    /** The value in production: %prod.key, else key, else the given framework default. */
    public String prodValue(String key, String frameworkDefault) {
        String value = raw.getProperty("%prod." + key, raw.getProperty(key));
        return value != null ? value : frameworkDefault;
    }

    /** The production value with ${key} references to other keys resolved (not environment variables). */
    public String resolvedProdValue(String key) {
        String value = prodValue(key, null);
        if (value == null) {
            throw new IllegalArgumentException(service + ": no " + key);
        }
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = raw.getProperty("%prod." + m.group(1), raw.getProperty(m.group(1)));
            m.appendReplacement(
                    out, Matcher.quoteReplacement(inner != null ? resolvedProdValue(m.group(1)) : m.group(0)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** SmallRye Config's environment form of a property name (non-alphanumerics to _, upper case). */
    public static String envForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * Why an environment variable means something to this service, or null if it does not: a ${NAME} of
     * its properties, the environment form of one of its keys, a Kafka client setting passed through Quarkus'
     * kafka.* configuration (KAFKA_SASL_MECHANISM -> sasl.mechanism), or a JVM variable.
     */
    public String meaningOf(String env) {
        if (allVariables.contains(env)) {
            return "${" + env + "} in application.properties";
        }
        for (String key : keys) {
            if (envForm(key).equals(env)) {
                return "key " + key;
            }
        }
        if (env.startsWith("KAFKA_")) {
            String client =
                    env.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
            if (kafkaClientConfigs().contains(client)) {
                return "Kafka client setting " + client;
            }
        }
        for (String extension : extensions) {
            if (QuarkusConfigModel.documents(extension, env)) {
                return "setting of " + extension;
            }
        }
        for (String prefix : settingPrefixes) {
            if (env.startsWith(envForm(prefix))
                    && env.length() > envForm(prefix).length()) {
                return "setting family " + prefix + "* read by the code";
            }
        }
        if (JVM_VARIABLES.contains(env)) {
            return "JVM option";
        }
        return null;
    }

    private static Set<String> kafkaClientConfigs() {
        Set<String> names = new HashSet<>(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return names;
    }
}
