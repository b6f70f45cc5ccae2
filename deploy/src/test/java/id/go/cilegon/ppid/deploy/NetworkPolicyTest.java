package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.deploy.crd.CnpgCluster;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerType;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The namespace denies all traffic by default and every exception is narrow: each database admits only its
 * own service, Kafka only pods that hold a KafkaUser, nothing is open to "anywhere on any port".
 */
class NetworkPolicyTest {

    private static final Pattern DB_URL = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/.*");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theNamespaceDeniesEverythingByDefault(String overlay) {
        Rendered r = Rendered.of(overlay);
        NetworkPolicy deny = r.one(NetworkPolicy.class, "default-deny");
        assertTrue(isEmpty(deny.getSpec().getPodSelector()), "default-deny selects every pod");
        assertEquals(List.of("Ingress", "Egress"), deny.getSpec().getPolicyTypes());
        assertTrue(
                deny.getSpec().getIngress().isEmpty()
                        && deny.getSpec().getEgress().isEmpty(),
                "no exceptions in it");

        NetworkPolicy dns = r.one(NetworkPolicy.class, "allow-dns");
        assertTrue(isEmpty(dns.getSpec().getPodSelector()));
        assertEquals(List.of("Egress"), dns.getSpec().getPolicyTypes());
        for (NetworkPolicyEgressRule rule : dns.getSpec().getEgress()) {
            for (NetworkPolicyPeer peer : rule.getTo()) {
                assertEquals("kube-dns", peer.getPodSelector().getMatchLabels().get("k8s-app"));
            }
            assertEquals(
                    Set.of(53),
                    rule.getPorts().stream().map(p -> p.getPort().getIntVal()).collect(Collectors.toSet()));
        }
    }

    /** No rule opens a pod to every source, and no rule opens every destination on every port. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noRuleIsWideOpen(String overlay) {
        for (NetworkPolicy np : Rendered.of(overlay).all(NetworkPolicy.class)) {
            String name = np.getMetadata().getName();
            for (NetworkPolicyIngressRule rule : np.getSpec().getIngress()) {
                assertFalse(rule.getFrom() == null || rule.getFrom().isEmpty(), name + ": ingress from anywhere");
                assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(), name + ": ingress on any port");
            }
            for (NetworkPolicyEgressRule rule : np.getSpec().getEgress()) {
                assertFalse(rule.getTo() == null || rule.getTo().isEmpty(), name + ": egress to anywhere");
                assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(), name + ": egress on any port");
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    if (peer.getIpBlock() != null) {
                        // Leaving the pod network: HTTPS (API server, object store, webhooks) and mail only.
                        Set<Integer> ports = rule.getPorts().stream()
                                .map(p -> p.getPort().getIntVal())
                                .collect(Collectors.toSet());
                        assertTrue(
                                Set.of(443, 6443, 587).containsAll(ports), name + ": leaves the cluster on " + ports);
                    }
                }
            }
        }
    }

    /** Each PostgreSQL cluster admits its clients' port only from the service whose URL points at it. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachDatabaseAdmitsOnlyItsService(String overlay) {
        Rendered r = Rendered.of(overlay);
        for (CnpgCluster db : r.all(CnpgCluster.class)) {
            String cluster = db.metadata().getName();
            Set<Map<String, String>> expected = new java.util.HashSet<>();
            for (Deployment d : r.all(Deployment.class)) {
                String config = r
                        .one(
                                io.fabric8.kubernetes.api.model.ConfigMap.class,
                                d.getMetadata().getName())
                        .getData()
                        .entrySet()
                        .stream()
                        .filter(e -> e.getKey().endsWith("_DB_URL"))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse("");
                Matcher m = DB_URL.matcher(config);
                if (m.matches() && m.group(1).equals(cluster)) {
                    expected.add(
                            Map.of("app.kubernetes.io/name", d.getMetadata().getName()));
                }
            }
            if (cluster.equals("ppid-keycloak-db")) {
                expected.add(Map.of("app.kubernetes.io/managed-by", "keycloak-operator"));
            }
            assertFalse(expected.isEmpty(), cluster + " has no client");
            NetworkPolicy np = r.one(NetworkPolicy.class, cluster);
            assertEquals(
                    Map.of("cnpg.io/cluster", cluster),
                    np.getSpec().getPodSelector().getMatchLabels());
            Set<Map<String, String>> admitted = new java.util.HashSet<>();
            for (NetworkPolicyIngressRule rule : np.getSpec().getIngress()) {
                assertEquals(
                        List.of(5432),
                        rule.getPorts().stream()
                                .map(p -> p.getPort().getIntVal())
                                .collect(Collectors.toList()));
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertEquals(null, peer.getNamespaceSelector(), cluster + ": clients from this namespace only");
                    admitted.add(peer.getPodSelector().getMatchLabels());
                }
            }
            assertEquals(expected, admitted, cluster);
        }
        // The shared policy of all instances opens 5432 only to other instances, not to other pods.
        NetworkPolicy instances = r.one(NetworkPolicy.class, "postgres-instances");
        for (NetworkPolicyIngressRule rule : instances.getSpec().getIngress()) {
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                boolean fromInstances = peer.getPodSelector() != null
                        && peer.getNamespaceSelector() == null
                        && peer.getPodSelector().getMatchExpressions().stream()
                                .anyMatch(e -> e.getKey().equals("cnpg.io/cluster"));
                boolean fromOperator = peer.getNamespaceSelector() != null
                        && "cnpg-system"
                                .equals(peer.getNamespaceSelector()
                                        .getMatchLabels()
                                        .get("kubernetes.io/metadata.name"));
                boolean prometheus = peer.getNamespaceSelector() != null
                        && "monitoring"
                                .equals(peer.getNamespaceSelector()
                                        .getMatchLabels()
                                        .get("kubernetes.io/metadata.name"));
                assertTrue(fromInstances || fromOperator || prometheus, "postgres-instances: unexpected peer " + peer);
                if (prometheus) {
                    assertEquals(
                            List.of(9187),
                            rule.getPorts().stream()
                                    .map(p -> p.getPort().getIntVal())
                                    .collect(Collectors.toList()));
                }
            }
        }
    }

    /** Strimzi admits on the services' listener exactly the pods labelled as Kafka clients: each has its own user. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaAdmitsOnlyPodsWithTheirOwnKafkaUser(String overlay) {
        Rendered r = Rendered.of(overlay);
        Kafka kafka = r.one(Kafka.class, "ppid-kafka");
        GenericKafkaListener tls = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> l.getType() == KafkaListenerType.INTERNAL)
                .findFirst()
                .orElseThrow();
        assertFalse(
                tls.getNetworkPolicyPeers() == null
                        || tls.getNetworkPolicyPeers().isEmpty(),
                "without networkPolicyPeers Strimzi opens the listener to every pod");
        Set<String> users = r.all(KafkaUser.class).stream()
                .map(u -> u.getMetadata().getName())
                .collect(Collectors.toSet());
        int clients = 0;
        for (Deployment d : r.all(Deployment.class)) {
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            boolean admitted = tls.getNetworkPolicyPeers().stream()
                    .anyMatch(p -> p.getNamespaceSelector() == null
                            && p.getPodSelector() != null
                            && labels != null
                            && p.getPodSelector().getMatchLabels().entrySet().stream()
                                    .allMatch(e -> e.getValue().equals(labels.get(e.getKey()))));
            if (admitted) {
                clients++;
                assertTrue(
                        users.contains(d.getMetadata().getName()),
                        d.getMetadata().getName() + " may connect to Kafka but has no KafkaUser");
            }
            // And its own policy sends it only to the port of that listener.
            NetworkPolicy np = r.one(NetworkPolicy.class, d.getMetadata().getName());
            for (NetworkPolicyEgressRule rule : np.getSpec().getEgress()) {
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    if (peer.getPodSelector() != null
                            && peer.getPodSelector().getMatchLabels().containsKey("strimzi.io/cluster")) {
                        assertEquals(
                                List.of(tls.getPort()),
                                rule.getPorts().stream()
                                        .map(NetworkPolicyPort::getPort)
                                        .map(p -> p.getIntVal())
                                        .collect(Collectors.toList()),
                                d.getMetadata().getName());
                    }
                }
            }
        }
        assertEquals(5, clients, "the four services and the portal are Kafka clients");
    }

    /** Every operator-managed workload that default-deny would cut off has its own egress exception. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void operatorManagedPodsKeepTheirTraffic(String overlay) {
        Rendered r = Rendered.of(overlay);
        Set<String> names = new TreeSet<>();
        r.all(NetworkPolicy.class).forEach(np -> names.add(np.getMetadata().getName()));
        assertTrue(
                names.containsAll(Set.of(
                        "postgres-instances",
                        "kafka-egress",
                        "kafka-entity-operator-api",
                        "keycloak-egress",
                        "keycloak-operator-api")),
                names.toString());
        NetworkPolicy kc = r.one(NetworkPolicy.class, "keycloak-egress");
        assertTrue(
                kc.getSpec().getEgress().stream()
                        .flatMap(e -> e.getTo().stream())
                        .anyMatch(p -> p.getPodSelector() != null
                                && "ppid-keycloak-db"
                                        .equals(p.getPodSelector()
                                                .getMatchLabels()
                                                .get("cnpg.io/cluster"))),
                "Keycloak must reach its database");
        assertNotNull(r.one(CnpgCluster.class, "ppid-keycloak-db"));
    }

    private static boolean isEmpty(LabelSelector s) {
        return s == null
                || ((s.getMatchLabels() == null || s.getMatchLabels().isEmpty())
                        && (s.getMatchExpressions() == null
                                || s.getMatchExpressions().isEmpty()));
    }
}
