package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.cilegon.ppid.deploy.crd.CnpgCluster;
import id.go.cilegon.ppid.deploy.crd.Keycloak;
import id.go.cilegon.ppid.deploy.crd.ObjectStore;
import id.go.cilegon.ppid.deploy.crd.ScheduledBackup;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each overlay renders into a coherent, fully typed set of resources with the sizes it promises. */
class OverlayRenderTest {

    private static final Map<String, String> NAMESPACES = Map.of("dev", "ppid-dev", "prod", "ppid");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersUniqueTypedResourcesInItsNamespace(String overlay) {
        Rendered r = Rendered.of(overlay);
        Set<String> ids = new HashSet<>();
        for (ObjectNode doc : r.documents()) {
            String id = doc.path("kind").asText() + "/"
                    + doc.path("metadata").path("name").asText();
            assertTrue(ids.add(id), overlay + ": duplicate " + id);
            if (doc.path("kind").asText().equals("Namespace")) {
                assertEquals(
                        NAMESPACES.get(overlay),
                        doc.path("metadata").path("name").asText());
            } else {
                assertEquals(
                        NAMESPACES.get(overlay),
                        doc.path("metadata").path("namespace").asText(),
                        id);
            }
        }
        assertTrue(ids.contains("Namespace/" + NAMESPACES.get(overlay)));
        for (String required : List.of(
                "Kafka/ppid-kafka",
                "Keycloak/ppid-keycloak",
                "KeycloakRealmImport/ppid-realm",
                "Cluster/ppid-request-db",
                "Cluster/ppid-keycloak-db",
                "Deployment/request-service",
                "Deployment/portal",
                "PrometheusRule/ppid-alerts",
                "ConfigMap/ppid-grafana-dashboard")) {
            assertTrue(ids.contains(required), overlay + " lacks " + required);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imagesArePinned(String overlay) {
        for (Deployment d : Rendered.of(overlay).all(Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                String image = c.getImage();
                String tag = image.substring(image.lastIndexOf('/') + 1);
                assertTrue(tag.contains(":") || image.contains("@"), overlay + ": untagged image " + image);
                assertFalse(image.endsWith(":latest"), overlay + ": " + image);
                String registry = image.substring(0, image.indexOf('/'));
                assertTrue(
                        registry.contains(".") || registry.contains(":") || registry.equals("localhost"),
                        overlay + ": image without a registry " + image + " (set it in the overlay's images:)");
            }
        }
    }

    @Test
    void devIsOneSmallNode() {
        Rendered dev = Rendered.of("dev");
        List<KafkaNodePool> pools = dev.all(KafkaNodePool.class);
        assertEquals(1, pools.size());
        assertEquals(1, pools.get(0).getSpec().getReplicas());
        assertEquals(
                Set.of(ProcessRoles.CONTROLLER, ProcessRoles.BROKER),
                new HashSet<>(pools.get(0).getSpec().getRoles()));
        Map<String, Object> config =
                dev.one(Kafka.class, "ppid-kafka").getSpec().getKafka().getConfig();
        for (String key : List.of(
                "default.replication.factor",
                "min.insync.replicas",
                "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor",
                "transaction.state.log.min.isr")) {
            assertEquals(1, ((Number) config.get(key)).intValue(), key);
        }
        for (KafkaTopic t : dev.all(KafkaTopic.class)) {
            assertEquals(1, t.getSpec().getReplicas(), t.getSpec().getTopicName());
            assertEquals(1, ((Number) t.getSpec().getConfig().get("min.insync.replicas")).intValue());
        }
        dev.all(CnpgCluster.class)
                .forEach(c -> assertEquals(1, c.spec().instances(), c.metadata().getName()));
        assertEquals(1, dev.one(Keycloak.class, "ppid-keycloak").spec().instances());
        assertTrue(dev.all(ScheduledBackup.class).isEmpty());
    }

    @Test
    void prodSurvivesALostNodeAndIsBackedUp() {
        Rendered prod = Rendered.of("prod");
        int controllers = 0;
        int brokers = 0;
        for (KafkaNodePool pool : prod.all(KafkaNodePool.class)) {
            List<ProcessRoles> roles = pool.getSpec().getRoles();
            assertEquals(
                    1,
                    roles.size(),
                    "prod separates controllers from brokers: "
                            + pool.getMetadata().getName());
            if (roles.contains(ProcessRoles.CONTROLLER)) {
                controllers += pool.getSpec().getReplicas();
            } else {
                brokers += pool.getSpec().getReplicas();
            }
            assertNotNull(
                    pool.getSpec().getTemplate().getPod().getAffinity().getPodAntiAffinity(),
                    "one node per host: " + pool.getMetadata().getName());
        }
        assertEquals(3, controllers);
        assertEquals(3, brokers);
        Map<String, Object> config =
                prod.one(Kafka.class, "ppid-kafka").getSpec().getKafka().getConfig();
        assertEquals(3, ((Number) config.get("default.replication.factor")).intValue());
        assertEquals(2, ((Number) config.get("min.insync.replicas")).intValue());
        assertEquals(false, config.get("auto.create.topics.enable"));
        for (KafkaTopic t : prod.all(KafkaTopic.class)) {
            assertEquals(3, t.getSpec().getReplicas(), t.getSpec().getTopicName());
            assertEquals(2, ((Number) t.getSpec().getConfig().get("min.insync.replicas")).intValue());
        }

        ObjectStore store = prod.one(ObjectStore.class, "ppid-backups");
        assertTrue(store.spec().retentionPolicy().matches("[1-9][0-9]*[dwm]"));
        assertNotNull(store.spec().configuration().s3Credentials().accessKeyId().getName());
        // Backups hold every applicant's personal data: encrypted at rest by the object store, WAL and base backups.
        assertEquals("AES256", store.spec().configuration().wal().encryption(), "WAL archive not encrypted");
        assertEquals("AES256", store.spec().configuration().data().encryption(), "base backups not encrypted");
        Set<String> scheduled = new HashSet<>();
        for (ScheduledBackup b : prod.all(ScheduledBackup.class)) {
            assertEquals("plugin", b.spec().method());
            assertEquals(
                    "barman-cloud.cloudnative-pg.io",
                    b.spec().pluginConfiguration().name());
            assertEquals(
                    6,
                    b.spec().schedule().split(" ").length,
                    "CloudNativePG cron has seconds: " + b.spec().schedule());
            scheduled.add(b.spec().cluster().getName());
        }
        for (CnpgCluster c : prod.all(CnpgCluster.class)) {
            assertEquals(3, c.spec().instances(), c.metadata().getName());
            assertTrue(
                    scheduled.contains(c.metadata().getName()),
                    "no ScheduledBackup for " + c.metadata().getName());
            assertEquals(1, c.spec().plugins().size());
            CnpgCluster.Plugin plugin = c.spec().plugins().get(0);
            assertEquals("barman-cloud.cloudnative-pg.io", plugin.name());
            assertEquals(Boolean.TRUE, plugin.isWALArchiver());
            assertEquals("ppid-backups", plugin.parameters().get("barmanObjectName"));
        }

        assertEquals(2, prod.one(Keycloak.class, "ppid-keycloak").spec().instances());
        assertTrue(prod.one(Keycloak.class, "ppid-keycloak")
                .spec()
                .hostname()
                .hostname()
                .startsWith("https://"));
        for (HorizontalPodAutoscaler hpa : prod.all(HorizontalPodAutoscaler.class)) {
            assertTrue(hpa.getSpec().getMinReplicas() >= 2, hpa.getMetadata().getName());
        }
        String all = prod.documents().toString();
        assertFalse(all.contains("localtest.me") || all.contains(".invalid"), "dev or placeholder host names in prod");
    }

    /**
     * The Java renderer agrees with real kustomize (kubectl kustomize) wherever kubectl is installed, so the
     * other checks look at what an operator really applies.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void javaRendererEqualsKubectlKustomize(String overlay) throws Exception {
        assumeTrue(RealmImportTest.onPath("kubectl"), "kubectl not installed");
        Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Process p = new ProcessBuilder(
                        "kubectl", "kustomize", DeployPaths.overlay(overlay).toString())
                .redirectOutput(out.toFile())
                .redirectErrorStream(false)
                .start();
        String err = new String(p.getErrorStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        Map<String, JsonNode> expected = byId(YamlDocs.read(out));
        Map<String, JsonNode> actual = byId(Rendered.of(overlay).documents());
        assertEquals(expected.keySet(), actual.keySet());
        List<String> differences = new ArrayList<>();
        for (String id : expected.keySet()) {
            if (!sameValue(expected.get(id), actual.get(id))) {
                differences.add(id + "\n kubectl: " + expected.get(id) + "\n java:    " + actual.get(id));
            }
        }
        assertEquals(List.of(), differences);
        Files.delete(out);
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> docs) {
        Map<String, JsonNode> map = new TreeMap<>();
        docs.forEach(d -> map.put(
                d.path("kind").asText() + "/" + d.path("metadata").path("name").asText(), d));
        return map;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            var it = a.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (!b.has(e.getKey()) || !sameValue(e.getValue(), b.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameValue(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
