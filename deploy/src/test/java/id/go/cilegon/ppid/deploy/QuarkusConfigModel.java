package id.go.cilegon.ppid.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration properties Quarkus extensions document about themselves
 * ({@code META-INF/quarkus-config-doc/quarkus-config-model.json} in each extension jar on this module's test
 * classpath), by extension artifactId: lets a manifest set {@code QUARKUS_KAFKA_STREAMS_SASL_JAAS_CONFIG}
 * and the check know it is a real setting of an extension the service uses, not a typo.
 */
public final class QuarkusConfigModel {

    private static final Map<String, Set<String>> ENV_BY_EXTENSION = load();

    private QuarkusConfigModel() {}

    /** Environment variables of the documented properties of {@code artifactId} (empty if not on the classpath). */
    public static Set<String> environmentVariables(String artifactId) {
        return ENV_BY_EXTENSION.getOrDefault(artifactId, Set.of());
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
