package id.go.cilegon.ppid.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * A service's application.properties as the manifests see it: which keys exist, which environment variables
 * it reads through {@code ${NAME}} expressions, and the effective production value of a key.
 */
public final class ServiceProperties {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)(:[^}]*)?}");
    /** JVM-level variables the container may set; they are not application configuration. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private final String service;
    private final Properties raw = new Properties();
    private final Set<String> keys = new TreeSet<>();
    /** ${NAME} read by the default or prod profile, i.e. in production. */
    private final Set<String> prodVariables = new TreeSet<>();
    private final Set<String> allVariables = new TreeSet<>();

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
                allVariables.add(m.group(1));
                if (profile == null || profile.equals("prod")) {
                    prodVariables.add(m.group(1));
                }
            }
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
            String client = env.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
            if (kafkaClientConfigs().contains(client)) {
                return "Kafka client setting " + client;
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
