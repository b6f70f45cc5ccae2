package id.go.cilegon.ppid.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The configuration properties Quarkus extensions document about themselves
 * ({@code META-INF/quarkus-config-doc/quarkus-config-model.json} in each extension jar on this module's test
 * classpath), by extension artifactId: lets a manifest set {@code QUARKUS_KAFKA_STREAMS_SASL_JAAS_CONFIG}
 * and the check know it is a real setting of an extension the service uses, not a typo.
 */
public final class QuarkusConfigModel {

    /**
     * A name the user chooses in a property (a map key, e.g. the {@code "tls-bucket-name"} of {@code
     * quarkus.tls."tls-bucket-name".trust-store.pem.certs}): the model writes it as {@code __TLS_BUCKET_NAME__}.
     */
    private static final Pattern NAMED = Pattern.compile("__[A-Z0-9_]*?__");

    private static final Map<String, Set<String>> ENV_BY_EXTENSION = load();
    private static final Map<String, List<Pattern>> NAMED_ENV_BY_EXTENSION = named();

    private QuarkusConfigModel() {}

    /** Environment variables of the documented properties of {@code artifactId} (empty if not on the classpath). */
    public static Set<String> environmentVariables(String artifactId) {
        return ENV_BY_EXTENSION.getOrDefault(artifactId, Set.of());
    }

    /**
     * Whether {@code env} is a documented property of {@code artifactId}: one of its environment variables, or one
     * with names of the user's own in place of the model's placeholders ({@code QUARKUS_TLS_KEYCLOAK_TRUST_STORE_PEM_CERTS}
     * for the TLS configuration named keycloak).
     */
    public static boolean documents(String artifactId, String env) {
        return environmentVariables(artifactId).contains(env)
                || NAMED_ENV_BY_EXTENSION.getOrDefault(artifactId, List.of()).stream()
                        .anyMatch(p -> p.matcher(env).matches());
    }

    private static Map<String, List<Pattern>> named() {
        Map<String, List<Pattern>> result = new HashMap<>();
        ENV_BY_EXTENSION.forEach((artifactId, names) -> {
            for (String name : names) {
                if (NAMED.matcher(name).find()) {
                    List<String> parts = new ArrayList<>();
                    for (String part : NAMED.split(name, -1)) {
                        parts.add(Pattern.quote(part));
                    }
                    result.computeIfAbsent(artifactId, a -> new ArrayList<>())
                            .add(Pattern.compile(String.join("_[A-Z0-9]+(?:_[A-Z0-9]+)*_", parts)));
                }
            }
        });
        return result;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> result = new HashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        try {
            Enumeration<URL> models = QuarkusConfigModel.class
                    .getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
            while (models.hasMoreElements()) {
                try (InputStream in = models.nextElement().openStream()) {
                    for (JsonNode root : mapper.readTree(in).path("configRoots")) {
                        String artifactId =
                                root.path("extension").path("artifactId").asText();
                        collect(root, result.computeIfAbsent(artifactId, a -> new TreeSet<>()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static void collect(JsonNode node, Set<String> env) {
        if (node.isObject()) {
            JsonNode path = node.get("path");
            if (path != null && path.has("environmentVariable")) {
                env.add(path.get("environmentVariable").asText());
            }
            node.forEach(child -> collect(child, env));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, env));
        }
    }
}
