package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.cilegon.ppid.deploy.crd.CnpgCluster;
import id.go.cilegon.ppid.deploy.crd.Kustomization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every YAML file under deploy/ loads into a typed model, strictly. */
class ManifestModelTest {

    @Test
    void everyManifestLoadsIntoItsTypedModel() {
        List<Path> files = DeployPaths.yamlFiles();
        assertTrue(files.size() > 20, "found only " + files);
        List<String> failures = new ArrayList<>();
        int documents = 0;
        for (Path file : files) {
            String source = DeployPaths.relative(file);
            try {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    Kustomization k = Kustomize.load(file.getParent());
                    assertTrue(k.kind() == null
                            || k.kind().equals("Kustomization")
                            || k.kind().equals("Component"));
                    documents++;
                    continue;
                }
                if (file.getParent().getFileName().toString().equals("kustomizeconfig")) {
                    Kustomize.loadConfig(file); // transformer configuration (configurations:), strictly typed
                    documents++;
                    continue;
                }
                if (file.getParent().getFileName().toString().equals("patches")) {
                    continue; // partial documents; they are checked after rendering
                }
                for (ObjectNode doc : YamlDocs.read(file)) {
                    TypedModels.load(doc, source);
                    documents++;
                }
            } catch (AssertionError | RuntimeException e) {
                failures.add(e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(documents > 50, "only " + documents + " documents");
    }

    @Test
    void anUnknownFieldFails() {
        ObjectNode topic = (ObjectNode) YamlDocs.parseOne("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: 1, replica: 3}
                """, "test");
        AssertionError e = assertThrows(AssertionError.class, () -> TypedModels.load(topic, "test"));
        assertTrue(e.getMessage().contains("replica"), e.getMessage());

        ObjectNode deployment = (ObjectNode) YamlDocs.parseOne("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          image: i
                          readinessProbes: {}
                """, "test");
        assertThrows(AssertionError.class, () -> TypedModels.load(deployment, "test"));

        ObjectNode cluster = (ObjectNode) YamlDocs.parseOne("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: c}
                spec: {instances: 1, backups: {}}
                """, "test");
        assertThrows(AssertionError.class, () -> TypedModels.load(cluster, "test"));
    }

    @Test
    void aWrongScalarTypeFails() {
        ObjectNode cm = (ObjectNode) YamlDocs.parseOne("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data: {RETRIES: 3}
                """, "test");
        assertThrows(AssertionError.class, () -> TypedModels.load(cm, "test"));
        ObjectNode cluster = (ObjectNode) YamlDocs.parseOne("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: c}
                spec: {instances: "3"}
                """, "test");
        assertThrows(AssertionError.class, () -> TypedModels.load(cluster, "test"));
        ObjectNode ok = (ObjectNode) YamlDocs.parseOne("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: c}
                spec: {instances: 3}
                """, "test");
        assertEquals(3, TypedModels.load(ok, CnpgCluster.class).spec().instances());
    }

    @Test
    void aPropertyRemovedInStrimziV1Fails() {
        ObjectNode user = (ObjectNode) YamlDocs.parseOne("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: t, patternType: literal}
                        operation: Read
                """, "test");
        AssertionError e = assertThrows(AssertionError.class, () -> TypedModels.load(user, "test"));
        assertTrue(e.getMessage().contains("deprecated"), e.getMessage());
    }

    @Test
    void anUnmodelledKindFails() {
        ObjectNode secret = (ObjectNode) YamlDocs.parseOne("""
                apiVersion: v1
                kind: Secret
                metadata: {name: s}
                stringData: {password: x}
                """, "test");
        assertThrows(IllegalArgumentException.class, () -> TypedModels.load(secret, "test"));
        assertFalse(DeployPaths.yamlFiles().isEmpty());
    }
}
