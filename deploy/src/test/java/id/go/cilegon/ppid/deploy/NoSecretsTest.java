package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No secret value anywhere under deploy/: Secrets are made by operators or by the people who run it. */
class NoSecretsTest {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|JAAS|_KEY$|PRIVATE).*");
    /** ppid-demo-2026 is the published password of the demo accounts (deploy/keycloak/README.md), not a secret. */
    private static final Pattern SECRET_TEXT = Pattern.compile(
            "(?s).*(BEGIN [A-Z ]*PRIVATE KEY|ScramLoginModule required|password=(?!ppid-demo-2026)[^&$\\s\"]).*");

    @Test
    void noFileHoldsKeyMaterialOrCredentials() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DeployPaths.deploy())) {
            for (Path p : files.filter(Files::isRegularFile)
                    .filter(p -> !DeployPaths.deploy().relativize(p).startsWith("target"))
                    .filter(p -> !p.toString().endsWith(".java"))
                    .collect(Collectors.toList())) {
                String text = Files.readString(p);
                if (SECRET_TEXT.matcher(text).matches()) {
                    found.add(DeployPaths.relative(p));
                }
                if (text.matches("(?s).*\\bkind:\\s*Secret\\b.*")) {
                    found.add(DeployPaths.relative(p) + " (a Secret manifest)");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /**
     * A setting named like a secret is in a Secret, never in a ConfigMap; unless its value is only the path of a file
     * that every pod reading the ConfigMap mounts from a Secret (QUARKUS_TLS_PEER_KEY_STORE_PEM_POD_KEY: where the
     * private key is, not the key).
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void configMapsHoldNoSecrets(String overlay) {
        Rendered r = Rendered.of(overlay);
        for (ConfigMap cm : r.all(ConfigMap.class)) {
            cm.getData().forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    assertTrue(
                            value.matches("/[^\\s]+")
                                    && mountedFromASecret(r, cm.getMetadata().getName(), value),
                            overlay + ": ConfigMap " + cm.getMetadata().getName() + " has " + key
                                    + ": put it in a Secret");
                }
            });
        }
    }

    /** Every container that reads the ConfigMap has {@code file} on a volume of a Secret (and there is one). */
    private static boolean mountedFromASecret(Rendered r, String configMap, String file) {
        int readers = 0;
        for (Deployment d : r.all(Deployment.class)) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            for (Container c : pod.getContainers()) {
                if (c.getEnvFrom().stream()
                        .noneMatch(e -> e.getConfigMapRef() != null
                                && configMap.equals(e.getConfigMapRef().getName()))) {
                    continue;
                }
                readers++;
                boolean secret = c.getVolumeMounts().stream()
                        .filter(m -> file.startsWith(m.getMountPath() + "/"))
                        .anyMatch(m -> pod.getVolumes().stream()
                                .anyMatch(v -> v.getName().equals(m.getName()) && v.getSecret() != null));
                if (!secret) {
                    return false;
                }
            }
        }
        return readers > 0;
    }

    /** Client secrets of the realm are placeholders resolved from a Secret at import, never values. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void realmClientSecretsArePlaceholders(String overlay) {
        ObjectNode doc = YamlDocs.read(RealmFiles.importFile(overlay)).get(0);
        int confidential = 0;
        for (JsonNode client : doc.path("spec").path("realm").path("clients")) {
            if (client.has("secret")) {
                assertTrue(
                        client.path("secret").asText().matches("\\$\\{[A-Z][A-Z0-9_]*}"),
                        client.path("clientId").asText() + " has a literal secret");
                confidential++;
            }
        }
        assertTrue(confidential > 0);
    }
}
