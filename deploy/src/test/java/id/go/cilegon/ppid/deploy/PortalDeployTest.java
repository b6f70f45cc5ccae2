package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.deploy.ServiceConfigTest.Svc;
import id.go.cilegon.ppid.deploy.crd.Keycloak;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal (issue 20) is deployed by its runtime contract: image ppid/portal on port 8080, the Kafka settings of the
 * services and its own read-only KafkaUser, the services' REST APIs at their in-cluster HTTP ports, the city's public
 * host with /q kept inside, no state, and no way to Keycloak until it signs users in. The checks every workload gets
 * (Pod Security, network policies, images by digest, ACLs, probes, monitoring) cover it in their own tests.
 */
class PortalDeployTest {

    private static final String PORTAL = Services.PORTAL;

    /** Which service each URL variable of the contract names. */
    private static final Map<String, String> URLS = Map.of(
            "PPID_INDEX_URL", Services.INDEX_SERVICE,
            "PPID_REQUEST_URL", Services.REQUEST_SERVICE,
            "PPID_ROUTING_URL", Services.ROUTING_SERVICE);

    private static Svc portal(String overlay) {
        return ServiceConfigTest.services(overlay).stream()
                .filter(s -> s.name().equals(PORTAL))
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no Deployment " + PORTAL));
    }

    /**
     * The environment is exactly the contract of issue 20. TODO(issue 20): once portal/ is merged,
     * ServiceConfigTest.everyVariableMeansSomethingToTheService checks these names against its application.properties
     * (remove it from ServiceConfigTest.MODULE_PENDING); this test then still pins the contract.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void environmentIsTheContractOfTheIssue(String overlay) {
        Svc portal = portal(overlay);
        assertEquals(
                new TreeSet<>(Set.of(
                        "KAFKA_BOOTSTRAP_SERVERS",
                        "KAFKA_SECURITY_PROTOCOL",
                        "KAFKA_SASL_MECHANISM",
                        "KAFKA_SSL_TRUSTSTORE_TYPE",
                        "KAFKA_SSL_TRUSTSTORE_LOCATION",
                        "KAFKA_SASL_JAAS_CONFIG",
                        "PPID_INDEX_URL",
                        "PPID_REQUEST_URL",
                        "PPID_ROUTING_URL",
                        "JAVA_TOOL_OPTIONS")),
                new TreeSet<>(portal.env().keySet()),
                overlay);
        // The only secret: its own KafkaUser's JAAS line.
        List<EnvVar> fromSecrets = portal.container().getEnv();
        assertEquals(1, fromSecrets.size(), overlay + ": " + fromSecrets);
        assertEquals("KAFKA_SASL_JAAS_CONFIG", fromSecrets.get(0).getName());
        assertEquals(PORTAL, fromSecrets.get(0).getValueFrom().getSecretKeyRef().getName());
        assertEquals(
                "sasl.jaas.config",
                fromSecrets.get(0).getValueFrom().getSecretKeyRef().getKey());
        assertEquals(8080, portal.container().getPorts().get(0).getContainerPort());
        assertEquals("http", portal.container().getPorts().get(0).getName());
        assertTrue(
                portal.container().getImage().matches("(.+/)?ppid/portal[:@].+"),
                portal.container().getImage());
    }

    /** Each URL is the in-cluster address of its service's HTTP port, and the portal calls nothing else. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theServicesAreCalledAtTheirInClusterHttpPorts(String overlay) {
        Rendered r = Rendered.of(overlay);
        Svc portal = portal(overlay);
        Map<String, Integer> expected = new TreeMap<>();
        URLS.forEach((variable, service) -> {
            URI url = URI.create(portal.env().get(variable));
            Service target = r.one(Service.class, service);
            int http = target.getSpec().getPorts().stream()
                    .filter(p -> "http".equals(p.getName()))
                    .findFirst()
                    .orElseThrow()
                    .getPort();
            assertEquals("http://" + service + ":" + http, url.toString(), overlay + ": " + variable);
            expected.put(service, http);
        });
        // Service port and container port are the same number for every service, so this is also the policies' port.
        assertEquals(expected, ServiceConfigTest.calls(r, portal), overlay);
    }

    /** No sign-in yet: no Keycloak URL, no label the Keycloak operator's policy admits, no egress there. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noWayToKeycloakUntilItSignsUsersIn(String overlay) {
        Svc portal = portal(overlay);
        assertFalse(ServiceConfigTest.oidc(portal), "the portal's pom now declares quarkus-oidc: wire Keycloak");
        assertNull(portal.env().get("PPID_OIDC_URL"));
        Map<String, String> labels =
                portal.deployment().getSpec().getTemplate().getMetadata().getLabels();
        assertNull(labels.get("ppid.go.id/oidc-client"), overlay);
        assertEquals("true", labels.get("ppid.go.id/kafka-client"), overlay);
    }

    /**
     * The portal is the whole public host ("/"), a host of its own beside the API and Keycloak, and /q (health,
     * metrics) on it is refused to everyone. notification-service's messages link to it, and in prod it is the web URL
     * the realm's ppid-web client was made for, so a sign-in comes back to the portal.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servesThePublicHostAndKeepsQuarkusPathsInside(String overlay) {
        Rendered r = Rendered.of(overlay);
        Map<String, Set<String>> pathsByHost = new TreeMap<>();
        Set<String> otherHosts = new TreeSet<>();
        for (Ingress ingress : r.all(Ingress.class)) {
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    if (PORTAL.equals(path.getBackend().getService().getName())) {
                        assertEquals(
                                "http", path.getBackend().getService().getPort().getName());
                        assertEquals("Prefix", path.getPathType());
                        pathsByHost
                                .computeIfAbsent(rule.getHost(), h -> new TreeSet<>())
                                .add(path.getPath() + (ServiceConfigTest.deniesEveryone(ingress) ? " denied" : ""));
                    } else {
                        otherHosts.add(rule.getHost());
                    }
                }
            }
        }
        assertEquals(1, pathsByHost.size(), overlay + ": one public host " + pathsByHost);
        String host = pathsByHost.keySet().iterator().next();
        assertEquals(Set.of("/", "/q denied"), pathsByHost.get(host), overlay);
        assertFalse(otherHosts.contains(host), overlay + ": " + host + " is shared with the API or Keycloak");
        Keycloak keycloak = r.one(Keycloak.class, "ppid-keycloak");
        assertNotEquals(URI.create(keycloak.spec().hostname().hostname()).getHost(), host);
        // The links of every message notification-service sends lead to this host (DESIGN.md: every message leads to
        // a page), over https where the host has a certificate.
        boolean tls = r.all(Ingress.class).stream()
                .filter(i -> i.getMetadata().getName().equals(PORTAL))
                .anyMatch(i -> i.getSpec().getTls() != null
                        && i.getSpec().getTls().stream()
                                .anyMatch(t -> t.getHosts().contains(host)));
        Svc notification = ServiceConfigTest.services(overlay).stream()
                .filter(x -> x.name().equals(Services.NOTIFICATION_SERVICE))
                .findFirst()
                .orElseThrow();
        assertEquals(
                (tls ? "https://" : "http://") + host,
                notification.env().get("PPID_NOTIFICATION_PORTAL_URL"),
                overlay + ": notification-service links to another host than the portal's");
        if (overlay.equals("prod")) {
            ObjectNode realmImport = r.documents().stream()
                    .filter(d -> "KeycloakRealmImport".equals(d.path("kind").asText()))
                    .findFirst()
                    .orElseThrow();
            String webUrl = RealmFiles.webUrlOf(realmImport.path("spec").path("realm"));
            assertNotNull(webUrl);
            assertEquals(
                    "https://" + host, webUrl, "the realm's ppid-web client is for another host than the portal's");
        }
    }

    /** Stateless: nothing but /tmp and the Kafka CA on its volumes, and in prod two to six pods on CPU. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void isStatelessAndScalesWithItsVisitors(String overlay) {
        Svc portal = portal(overlay);
        PodSpec pod = portal.deployment().getSpec().getTemplate().getSpec();
        Map<String, String> volumes = new TreeMap<>();
        for (Volume v : pod.getVolumes()) {
            assertNull(v.getPersistentVolumeClaim(), overlay + ": " + v.getName());
            volumes.put(
                    v.getName(),
                    v.getEmptyDir() != null
                            ? "emptyDir"
                            : "secret " + v.getSecret().getSecretName());
        }
        assertEquals(Map.of("tmp", "emptyDir", "kafka-ca", "secret ppid-kafka-cluster-ca-cert"), volumes, overlay);
        ServiceConfigTest.assertMounted(
                portal, portal.env().get("KAFKA_SSL_TRUSTSTORE_LOCATION"), "ppid-kafka-cluster-ca-cert");
        if (overlay.equals("prod")) {
            HorizontalPodAutoscaler hpa = Rendered.of(overlay).one(HorizontalPodAutoscaler.class, PORTAL);
            assertEquals(2, hpa.getSpec().getMinReplicas());
            assertEquals(6, hpa.getSpec().getMaxReplicas());
            assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());
        }
    }
}
