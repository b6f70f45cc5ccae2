package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The namespace enforces Pod Security "restricted", so every pod the overlays make must meet it: the services'
 * Deployments, and the pods the operators create from the templates of the Kafka, KafkaNodePool and Keycloak
 * resources. A template the test does not find is a failure, not a pass.
 */
class PodSecurityTest {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");

    @Test
    void theNamespaceEnforcesRestricted() {
        for (String overlay : DeployPaths.overlays()) {
            List<ObjectNode> namespaces = Rendered.of(overlay).documents().stream()
                    .filter(doc -> "Namespace".equals(doc.path("kind").asText()))
                    .toList();
            assertEquals(1, namespaces.size(), overlay);
            assertEquals(
                    "restricted",
                    namespaces
                            .get(0)
                            .path("metadata")
                            .path("labels")
                            .path("pod-security.kubernetes.io/enforce")
                            .asText(),
                    overlay);
        }
    }

    @Test
    void everyPodAndContainerMeetsRestricted() {
        for (String overlay : DeployPaths.overlays()) {
            List<String> checked = new ArrayList<>();
            for (ObjectNode doc : Rendered.of(overlay).documents()) {
                String kind = doc.path("kind").asText();
                String where = overlay + " " + kind + " "
                        + doc.path("metadata").path("name").asText();
                JsonNode spec = doc.path("spec");
                if (WORKLOADS.contains(kind)) {
                    JsonNode pod = spec.path("template").path("spec");
                    List<JsonNode> containers = new ArrayList<>();
                    pod.path("containers").forEach(containers::add);
                    pod.path("initContainers").forEach(containers::add);
                    restricted(where, pod.path("securityContext"), containers);
                    checked.add(where);
                } else if (kind.equals("KafkaNodePool")) {
                    restricted(
                            where,
                            spec.path("template").path("pod").path("securityContext"),
                            List.of(spec.path("template").path("kafkaContainer")));
                    checked.add(where);
                } else if (kind.equals("Kafka")) {
                    JsonNode operators = spec.path("entityOperator").path("template");
                    restricted(
                            where + " entity operator",
                            operators.path("pod").path("securityContext"),
                            List.of(operators.path("topicOperatorContainer"), operators.path("userOperatorContainer")));
                    JsonNode exporter = spec.path("kafkaExporter").path("template");
                    restricted(
                            where + " exporter",
                            exporter.path("pod").path("securityContext"),
                            List.of(exporter.path("container")));
                    checked.add(where);
                } else if (kind.equals("Keycloak")) {
                    JsonNode pod = spec.path("unsupported").path("podTemplate").path("spec");
                    List<JsonNode> containers = new ArrayList<>();
                    pod.path("containers").forEach(containers::add);
                    restricted(where, pod.path("securityContext"), containers);
                    checked.add(where);
                }
            }
            assertTrue(checked.stream().anyMatch(c -> c.contains("Deployment request-service")), checked.toString());
            assertTrue(checked.stream().anyMatch(c -> c.endsWith("Deployment portal")), checked.toString());
            assertTrue(checked.stream().anyMatch(c -> c.contains("KafkaNodePool")), checked.toString());
            assertTrue(checked.stream().anyMatch(c -> c.contains("Keycloak")), checked.toString());
        }
    }

    private static void restricted(String where, JsonNode pod, List<JsonNode> containers) {
        assertFalse(containers.isEmpty(), where + ": no container to check");
        for (JsonNode container : containers) {
            JsonNode context = container.path("securityContext");
            String name = where + " " + container.path("name").asText("container");
            assertTrue(
                    pod.path("runAsNonRoot").asBoolean()
                            || context.path("runAsNonRoot").asBoolean(),
                    name + ": runAsNonRoot");
            assertFalse(
                    context.path("runAsUser").asInt(-1) == 0
                            || pod.path("runAsUser").asInt(-1) == 0,
                    name + ": root user");
            String seccomp = context.path("seccompProfile")
                    .path("type")
                    .asText(pod.path("seccompProfile").path("type").asText());
            assertTrue(Set.of("RuntimeDefault", "Localhost").contains(seccomp), name + ": seccomp profile " + seccomp);
            assertEquals(
                    "false",
                    context.path("allowPrivilegeEscalation").asText(),
                    name + ": allowPrivilegeEscalation must be false");
            assertTrue(
                    context.path("capabilities").path("drop").toString().contains("\"ALL\""),
                    name + ": capabilities must drop ALL");
            context.path("capabilities")
                    .path("add")
                    .forEach(added -> assertEquals("NET_BIND_SERVICE", added.asText(), name + ": adds " + added));
            assertFalse(context.path("privileged").asBoolean(), name + ": privileged");
        }
    }
}
