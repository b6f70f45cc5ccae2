package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.go.cilegon.ppid.deploy.crd.CertManager;
import id.go.cilegon.ppid.deploy.crd.CnpgCluster;
import id.go.cilegon.ppid.deploy.crd.Keycloak;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerType;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's manifests agree with the service's own code and configuration: the environment it gets
 * means something to it and covers everything it reads in production, ports and probe paths are its Quarkus
 * ones, the Secrets it reads exist, and the network, scaling and monitoring resources point at it.
 */
class ServiceConfigTest {

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z0-9_]+)(\\?.*)?");
    /** A URL to a name inside the namespace (no dot): a Service of the overlay, or Keycloak's, which its operator makes. */
    private static final Pattern IN_CLUSTER_URL = Pattern.compile("(https?)://([a-z0-9-]+):([0-9]+)(/.*)?");

    /** A platform service as rendered: its Deployment and its application.properties. */
    record Svc(
            String name,
            Deployment deployment,
            Container container,
            ServiceProperties properties,
            Map<String, String> env) {}

    static List<Svc> services(String overlay) {
        Rendered r = Rendered.of(overlay);
        List<Svc> result = new ArrayList<>();
        for (Deployment d : r.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            assertTrue(
                    ServiceProperties.exists(name),
                    overlay + ": Deployment " + name + " is not a service of this repository (no "
                            + ServiceProperties.file(name) + ")");
            List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
            assertEquals(1, containers.size(), name);
            Container c = containers.get(0);
            Map<String, String> env = new LinkedHashMap<>();
            for (EnvFromSource from : c.getEnvFrom()) {
                assertNull(from.getSecretRef(), name + ": take Secret keys one by one (env.valueFrom)");
                assertNull(from.getPrefix(), name);
                ConfigMap cm = r.one(ConfigMap.class, from.getConfigMapRef().getName());
                cm.getData().forEach((k, v) -> assertNull(env.put(k, v), name + ": " + k + " set twice"));
            }
            for (EnvVar e : c.getEnv()) {
                assertNull(
                        env.put(e.getName(), e.getValue() != null ? e.getValue() : "<from " + describe(e) + ">"),
                        name + ": " + e.getName() + " set twice");
                if (e.getValueFrom() == null) {
                    fail(name + ": literal env " + e.getName()
                            + " in the Deployment; non-secret values go to the ConfigMap");
                }
            }
            ServiceProperties properties = ServiceProperties.exists(name)
                    ? ServiceProperties.of(name)
                    : ServiceProperties.quarkusDefaults(name);
            result.add(new Svc(name, d, c, properties, env));
        }
        assertFalse(result.isEmpty());
        return result;
    }

    private static String describe(EnvVar e) {
        return e.getValueFrom().getSecretKeyRef() != null
                ? "secret " + e.getValueFrom().getSecretKeyRef().getName() + "/"
                        + e.getValueFrom().getSecretKeyRef().getKey()
                : e.getValueFrom().toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableMeansSomethingToTheService(String overlay) {
        for (Svc s : services(overlay)) {
            List<String> unknown = new ArrayList<>();
            for (String env : s.env().keySet()) {
                if (s.properties().meaningOf(env) == null) {
                    unknown.add(env);
                }
            }
            assertEquals(
                    List.of(),
                    unknown,
                    overlay + ": " + s.name() + " sets variables its application.properties " + "does not read");
            Set<String> missing = new TreeSet<>(s.properties().prodVariables());
            missing.removeAll(s.env().keySet());
            assertEquals(Set.of(), missing, overlay + ": " + s.name() + " reads these in production but gets no value");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void portsAndProbesAreTheQuarkusOnes(String overlay) {
        for (Svc s : services(overlay)) {
            ServiceProperties p = s.properties();
            int port = Integer.parseInt(p.prodValue("quarkus.http.port", "8080"));
            String root = "/" + strip(p.prodValue("quarkus.http.non-application-root-path", "q"));
            String health = root + "/" + strip(p.prodValue("quarkus.smallrye-health.root-path", "health"));
            ContainerPort http = s.container().getPorts().stream()
                    .filter(cp -> "http".equals(cp.getName()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(s.name() + ": no container port named http"));
            assertEquals(port, http.getContainerPort(), s.name() + ": quarkus.http.port");
            probe(
                    s,
                    s.container().getLivenessProbe(),
                    health + "/" + strip(p.prodValue("quarkus.smallrye-health.liveness-path", "live")),
                    port);
            probe(
                    s,
                    s.container().getReadinessProbe(),
                    health + "/" + strip(p.prodValue("quarkus.smallrye-health.readiness-path", "ready")),
                    port);
            if (s.container().getStartupProbe() != null) {
                probe(
                        s,
                        s.container().getStartupProbe(),
                        health + "/" + strip(p.prodValue("quarkus.smallrye-health.startup-path", "started")),
                        port);
            }

            Rendered r = Rendered.of(overlay);
            Service svc = r.one(Service.class, s.name());
            assertTrue(selects(svc.getSpec().getSelector(), podLabels(s)), s.name() + ": Service selects no pod");
            for (ServicePort sp : svc.getSpec().getPorts()) {
                assertEquals(port, resolve(s, sp.getTargetPort()), s.name() + ": Service targetPort");
            }
            ServiceMonitor monitor = r.one(ServiceMonitor.class, s.name());
            assertTrue(
                    selects(
                            monitor.getSpec().getSelector().getMatchLabels(),
                            svc.getMetadata().getLabels()),
                    s.name() + ": ServiceMonitor selects no Service");
            String metrics = root + "/" + strip(p.prodValue("quarkus.micrometer.export.prometheus.path", "metrics"));
            for (Endpoint e : monitor.getSpec().getEndpoints()) {
                assertEquals(metrics, e.getPath(), s.name() + ": metrics path");
                assertTrue(
                        svc.getSpec().getPorts().stream()
                                .anyMatch(sp -> sp.getName().equals(e.getPort())),
                        s.name() + ": ServiceMonitor port " + e.getPort());
            }
            for (Ingress ingress : r.all(Ingress.class)) {
                for (IngressRule rule : ingress.getSpec().getRules()) {
                    for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                        if (!path.getBackend().getService().getName().equals(s.name())) {
                            continue;
                        }
                        if (path.getPath().startsWith(root)) {
                            // Only as the path that the ingress controller refuses to everyone.
                            assertTrue(
                                    path.getPath().equals(root)
                                            && "Prefix".equals(path.getPathType())
                                            && deniesEveryone(ingress),
                                    s.name() + ": " + path.getPath() + " would publish health and metrics");
                        } else if (root.startsWith(path.getPath())) {
                            // A site at "/" (the portal): its host must refuse the non-application root to everyone.
                            assertTrue(
                                    deniedOn(r, ingress.getSpec().getIngressClassName(), rule.getHost(), root, s),
                                    s.name() + ": " + path.getPath() + " on " + rule.getHost()
                                            + " would publish health and metrics (no Ingress denies " + root + ")");
                        }
                    }
                }
            }
        }
    }

    /** ingress-nginx refuses every address on the paths of this Ingress (deny rules in their locations only). */
    static boolean deniesEveryone(Ingress ingress) {
        Map<String, String> annotations = ingress.getMetadata().getAnnotations();
        String denied =
                annotations == null ? null : annotations.get("nginx.ingress.kubernetes.io/denylist-source-range");
        if (denied == null) {
            return false;
        }
        Set<String> ranges = new TreeSet<>();
        for (String range : denied.split(",")) {
            ranges.add(range.trim());
        }
        return ranges.containsAll(Set.of("0.0.0.0/0", "::/0"));
    }

    /** Whether an Ingress of the class denies {@code path} (as a prefix, to the service) on the host to everyone. */
    static boolean deniedOn(Rendered r, String ingressClass, String host, String path, Svc s) {
        for (Ingress ingress : r.all(Ingress.class)) {
            if (!Objects.equals(ingressClass, ingress.getSpec().getIngressClassName()) || !deniesEveryone(ingress)) {
                continue;
            }
            for (IngressRule rule : ingress.getSpec().getRules()) {
                if (!Objects.equals(host, rule.getHost())) {
                    continue;
                }
                for (HTTPIngressPath p : rule.getHttp().getPaths()) {
                    if (p.getPath().equals(path)
                            && "Prefix".equals(p.getPathType())
                            && p.getBackend().getService().getName().equals(s.name())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the service validates tokens: its pom declares quarkus-oidc (a module not merged yet: no). */
    static boolean oidc(Svc s) {
        return s.properties().extensions().contains("quarkus-oidc");
    }

    /**
     * The platform workloads {@code s} calls over HTTP: every setting whose value is a URL to a Service of the overlay,
     * by the Deployment behind that Service, with the container port it leads to, which must be that workload's HTTP
     * API port ("http").
     */
    static Map<String, Integer> calls(Rendered r, Svc s) {
        Map<String, Integer> calls = new TreeMap<>();
        for (Map.Entry<String, String> e : s.env().entrySet()) {
            Matcher m = IN_CLUSTER_URL.matcher(e.getValue());
            if (!m.matches() || !r.has("Service", m.group(2))) {
                continue;
            }
            Service service = r.one(Service.class, m.group(2));
            int port = Integer.parseInt(m.group(3));
            ServicePort servicePort = service.getSpec().getPorts().stream()
                    .filter(sp -> sp.getPort() == port)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            s.name() + ": " + e.getKey() + ": Service " + m.group(2) + " has no port " + port));
            Deployment target = r.all(Deployment.class).stream()
                    .filter(d -> selects(
                            service.getSpec().getSelector(),
                            d.getSpec().getTemplate().getMetadata().getLabels()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(s.name() + ": Service " + m.group(2) + " selects no pod"));
            Container container =
                    target.getSpec().getTemplate().getSpec().getContainers().get(0);
            ContainerPort http = container.getPorts().stream()
                    .filter(cp -> "http".equals(cp.getName()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(target.getMetadata().getName() + ": no port http"));
            IntOrString targetPort = servicePort.getTargetPort();
            assertTrue(
                    "http".equals(targetPort.getStrVal())
                            || http.getContainerPort().equals(targetPort.getIntVal()),
                    s.name() + ": " + e.getKey() + " leads to " + targetPort + ", not to the HTTP API of "
                            + target.getMetadata().getName());
            calls.put(target.getMetadata().getName(), http.getContainerPort());
        }
        return calls;
    }

    private static void probe(Svc s, Probe probe, String path, int port) {
        assertNotNull(probe, s.name() + ": probe for " + path);
        HTTPGetAction get = probe.getHttpGet();
        assertEquals(path, get.getPath(), s.name());
        assertEquals(port, resolve(s, get.getPort()), s.name() + ": probe port");
    }

    private static int resolve(Svc s, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return s.container().getPorts().stream()
                .filter(cp -> port.getStrVal().equals(cp.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(s.name() + ": no port named " + port.getStrVal()))
                .getContainerPort();
    }

    private static String strip(String path) {
        return path.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    private static Map<String, String> podLabels(Svc s) {
        return s.deployment().getSpec().getTemplate().getMetadata().getLabels();
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null
                && !selector.isEmpty()
                && labels != null
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        assertTrue(selector.getMatchExpressions() == null
                || selector.getMatchExpressions().isEmpty());
        return selects(selector.getMatchLabels(), labels);
    }

    /** Secrets a service reads: made by an operator (and then by name pattern) or documented in the README. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everySecretExistsOrIsDocumented(String overlay) throws Exception {
        Rendered r = Rendered.of(overlay);
        String readme = Files.readString(DeployPaths.deploy().resolve("README.md"));
        Map<String, Set<String>> generated = new HashMap<>();
        for (KafkaUser u : r.all(KafkaUser.class)) {
            generated.put(u.getMetadata().getName(), Set.of("password", "sasl.jaas.config"));
        }
        for (CnpgCluster c : r.all(CnpgCluster.class)) {
            generated.put(
                    c.metadata().getName() + "-app",
                    Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri"));
            generated.put(c.metadata().getName() + "-ca", Set.of("ca.crt"));
        }
        for (Kafka k : r.all(Kafka.class)) {
            generated.put(k.getMetadata().getName() + "-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password"));
        }
        for (CertManager.Certificate c : r.all(CertManager.Certificate.class)) {
            generated.put(c.spec().secretName(), Set.of("tls.crt", "tls.key", "ca.crt"));
        }
        for (Svc s : services(overlay)) {
            List<String[]> refs = new ArrayList<>();
            for (EnvVar e : s.container().getEnv()) {
                if (e.getValueFrom().getSecretKeyRef() != null) {
                    refs.add(new String[] {
                        e.getValueFrom().getSecretKeyRef().getName(),
                        e.getValueFrom().getSecretKeyRef().getKey()
                    });
                }
            }
            for (Volume v : s.deployment().getSpec().getTemplate().getSpec().getVolumes()) {
                if (v.getSecret() != null) {
                    assertFalse(
                            v.getSecret().getItems().isEmpty(),
                            s.name() + ": project only the keys needed from "
                                    + v.getSecret().getSecretName());
                    v.getSecret()
                            .getItems()
                            .forEach(i -> refs.add(new String[] {v.getSecret().getSecretName(), i.getKey()}));
                }
            }
            for (String[] ref : refs) {
                Set<String> keys = generated.get(ref[0]);
                if (keys != null) {
                    assertTrue(keys.contains(ref[1]), s.name() + ": Secret " + ref[0] + " has no key " + ref[1]);
                } else {
                    assertTrue(
                            readme.contains(ref[0]) && readme.contains(ref[1]),
                            s.name() + ": Secret " + ref[0] + "/" + ref[1]
                                    + " is made by no operator and not documented in deploy/README.md");
                }
            }
        }
    }

    /** The ConfigMap's addresses point at the resources the overlay really has. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void addressesPointAtTheRenderedInfrastructure(String overlay) {
        Rendered r = Rendered.of(overlay);
        Kafka kafka = r.one(Kafka.class, "ppid-kafka");
        GenericKafkaListener tls = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> l.getType() == KafkaListenerType.INTERNAL)
                .findFirst()
                .orElseThrow();
        assertTrue(tls.isTls());
        assertTrue(tls.getAuth() instanceof KafkaListenerAuthenticationScramSha512);
        Keycloak keycloak = r.one(Keycloak.class, "ppid-keycloak");
        for (Svc s : services(overlay)) {
            Map<String, String> env = s.env();
            // SmallRye Kafka clients take kafka.* (KAFKA_*); Kafka Streams takes its security settings only
            // through quarkus.kafka-streams.* (QUARKUS_KAFKA_STREAMS_*); both read kafka.bootstrap.servers.
            String client =
                    s.properties().extensions().contains("quarkus-kafka-streams") ? "QUARKUS_KAFKA_STREAMS_" : "KAFKA_";
            assertEquals("ppid-kafka-kafka-bootstrap:" + tls.getPort(), env.get("KAFKA_BOOTSTRAP_SERVERS"), s.name());
            assertEquals("SASL_SSL", env.get(client + "SECURITY_PROTOCOL"), s.name());
            assertEquals("SCRAM-SHA-512", env.get(client + "SASL_MECHANISM"), s.name());
            assertNotNull(env.get(client + "SASL_JAAS_CONFIG"), s.name() + ": " + client + "SASL_JAAS_CONFIG");
            assertTrue(
                    env.get(client + "SASL_JAAS_CONFIG").contains("secret " + s.name() + "/sasl.jaas.config"),
                    s.name() + " must use its own KafkaUser");
            assertEquals("PEM", env.get(client + "SSL_TRUSTSTORE_TYPE"), s.name());
            assertMounted(s, env.get(client + "SSL_TRUSTSTORE_LOCATION"), "ppid-kafka-cluster-ca-cert");
            for (Map.Entry<String, String> e : env.entrySet()) {
                if (!e.getKey().endsWith("_DB_URL")) {
                    continue;
                }
                Matcher m = JDBC.matcher(e.getValue());
                assertTrue(m.matches(), s.name() + ": " + e.getValue());
                CnpgCluster db = r.one(CnpgCluster.class, m.group(1));
                assertEquals(db.spec().bootstrap().initdb().database(), m.group(2), s.name() + ": database name");
                assertTrue(
                        e.getValue().contains("sslmode=verify-full"), s.name() + ": verify the database's certificate");
                Matcher root = Pattern.compile("sslrootcert=([^&]+)").matcher(e.getValue());
                assertTrue(root.find());
                assertMounted(s, root.group(1), m.group(1) + "-ca");
            }
            // Every in-cluster URL names a Service of the overlay (calls() checks its port and what is behind it), or
            // Keycloak's.
            for (Map.Entry<String, String> e : env.entrySet()) {
                Matcher url = IN_CLUSTER_URL.matcher(e.getValue());
                if (url.matches() && !e.getKey().equals("PPID_OIDC_URL")) {
                    assertTrue(
                            r.has("Service", url.group(2)),
                            s.name() + ": " + e.getKey() + " points at no Service of the overlay: " + e.getValue());
                }
            }
            calls(r, s);
            if (!oidc(s)) {
                assertNull(env.get("PPID_OIDC_URL"), s.name() + ": reads no tokens (no quarkus-oidc)");
                continue;
            }
            // Discovery and keys from Keycloak's in-cluster Service, on the port of the URL's scheme; over https with
            // a trust store of its own (InternalTlsTest checks which CA).
            URI oidc = URI.create(env.get("PPID_OIDC_URL"));
            assertEquals(keycloak.metadata().getName() + "-service", oidc.getHost(), s.name() + ": " + oidc);
            assertEquals("/realms/ppid", oidc.getPath(), s.name());
            assertEquals(keycloakPort(keycloak, oidc.getScheme()), oidc.getPort(), s.name() + ": " + oidc);
            if (oidc.getScheme().equals("http")) {
                assertTrue(keycloak.spec().http().httpEnabled());
            } else {
                assertEquals("https", oidc.getScheme(), s.name());
                assertNotNull(keycloak.spec().http().tlsSecret(), "Keycloak serves no https");
                String trust = env.get("QUARKUS_OIDC_TLS_TLS_CONFIGURATION_NAME");
                assertNotNull(trust, s.name() + ": https to Keycloak without a TLS configuration");
                assertMounted(s, env.get(tlsVariable(trust, "TRUST_STORE_PEM_CERTS")), null);
            }
            assertTrue(
                    keycloak.spec().hostname().backchannelDynamic(),
                    "services read discovery in-cluster: Keycloak must answer with in-cluster back-channel URLs");
        }
    }

    /** Keycloak's port for a scheme (the operator's defaults 8080 and 8443). */
    static int keycloakPort(Keycloak keycloak, String scheme) {
        Keycloak.Http http = keycloak.spec().http();
        if (scheme.equals("https")) {
            return http.httpsPort() != null ? http.httpsPort() : 8443;
        }
        return http.httpPort() != null ? http.httpPort() : 8080;
    }

    /** The environment variable of a setting of the TLS configuration {@code name} (quarkus.tls.<name>.<setting>). */
    static String tlsVariable(String name, String setting) {
        return ServiceProperties.envForm("quarkus.tls." + name + ".") + setting;
    }

    /** {@code file} is an item of a Secret volume ({@code secret} null: any Secret). */
    static void assertMounted(Svc s, String file, String secret) {
        assertNotNull(file, s.name());
        PodSpec pod = s.deployment().getSpec().getTemplate().getSpec();
        for (VolumeMount mount : s.container().getVolumeMounts()) {
            if (file.startsWith(mount.getMountPath() + "/")) {
                Volume v = pod.getVolumes().stream()
                        .filter(x -> x.getName().equals(mount.getName()))
                        .findFirst()
                        .orElseThrow();
                assertNotNull(v.getSecret(), s.name() + ": " + file);
                if (secret != null) {
                    assertEquals(secret, v.getSecret().getSecretName(), s.name() + ": " + file);
                }
                String item = file.substring(mount.getMountPath().length() + 1);
                assertTrue(
                        v.getSecret().getItems().stream()
                                .anyMatch(i -> i.getPath().equals(item)),
                        s.name() + ": " + file);
                return;
            }
        }
        fail(s.name() + ": " + file + " is not on a mounted volume");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void containersAreHardened(String overlay) {
        for (Svc s : services(overlay)) {
            PodSpec pod = s.deployment().getSpec().getTemplate().getSpec();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), s.name());
            assertEquals(s.name(), pod.getServiceAccountName(), s.name());
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), s.name());
            assertEquals(
                    "RuntimeDefault",
                    pod.getSecurityContext().getSeccompProfile().getType(),
                    s.name());
            var sc = s.container().getSecurityContext();
            assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), s.name());
            assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), s.name());
            assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), s.name());
            assertTrue(
                    sc.getCapabilities().getAdd() == null
                            || sc.getCapabilities().getAdd().isEmpty(),
                    s.name());
            assertTrue(sc.getPrivileged() == null || !sc.getPrivileged(), s.name());
            VolumeMount tmp = s.container().getVolumeMounts().stream()
                    .filter(m -> m.getMountPath().equals("/tmp"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(s.name() + ": no writable /tmp"));
            assertNotNull(
                    pod.getVolumes().stream()
                            .filter(v -> v.getName().equals(tmp.getName()))
                            .findFirst()
                            .orElseThrow()
                            .getEmptyDir(),
                    s.name() + ": /tmp must be an emptyDir");
            var resources = s.container().getResources();
            assertNotNull(resources.getRequests().get("cpu"), s.name());
            assertNotNull(resources.getRequests().get("memory"), s.name());
            assertNotNull(resources.getLimits().get("memory"), s.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void scalingAndDisruptionTargetTheService(String overlay) {
        Rendered r = Rendered.of(overlay);
        for (Svc s : services(overlay)) {
            assertNull(s.deployment().getSpec().getReplicas(), s.name() + ": the HPA owns the replica count");
            HorizontalPodAutoscaler hpa = r.one(HorizontalPodAutoscaler.class, s.name());
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals(s.name(), hpa.getSpec().getScaleTargetRef().getName());
            assertTrue(hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas());
            PodDisruptionBudget pdb = r.one(PodDisruptionBudget.class, s.name());
            assertTrue(selects(pdb.getSpec().getSelector(), podLabels(s)), s.name() + ": PDB selects no pod");
            assertNull(
                    pdb.getSpec().getMinAvailable(), s.name() + ": maxUnavailable keeps drains possible with one pod");
            assertEquals(1, pdb.getSpec().getMaxUnavailable().getIntVal());
        }
    }

    /**
     * Ingress only to the HTTP port from the ingress controller, Prometheus and the workloads whose URLs point at the
     * service (the portal); egress only where needed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesAllowOnlyTheDesignedTraffic(String overlay) {
        Rendered r = Rendered.of(overlay);
        Keycloak keycloak = r.one(Keycloak.class, "ppid-keycloak");
        Kafka kafka = r.one(Kafka.class, "ppid-kafka");
        List<Svc> services = services(overlay);
        for (Svc s : services) {
            NetworkPolicy np = r.one(NetworkPolicy.class, s.name());
            assertTrue(selects(np.getSpec().getPodSelector(), podLabels(s)), s.name());
            assertEquals(List.of("Ingress", "Egress"), np.getSpec().getPolicyTypes());
            // A service that advertises its pod address to its own peers (index-service's interactive queries) must
            // also be reachable from them, on the port of their scheme (ppid.peers.scheme); no other service talks
            // to another over HTTP.
            boolean peers = s.container().getEnv().stream()
                    .anyMatch(e -> e.getValueFrom() != null
                            && e.getValueFrom().getFieldRef() != null
                            && "status.podIP"
                                    .equals(e.getValueFrom().getFieldRef().getFieldPath()));
            String peerPort =
                    s.env().getOrDefault("PPID_PEERS_SCHEME", s.properties().prodValue("ppid.peers.scheme", "http"));
            Set<String> sources = new TreeSet<>();
            for (NetworkPolicyIngressRule rule : np.getSpec().getIngress()) {
                assertFalse(rule.getFrom().isEmpty(), s.name() + ": ingress from anywhere");
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    String source;
                    if (peer.getNamespaceSelector() == null) {
                        // A workload of the namespace: one, named by its label alone.
                        String name = peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name");
                        assertNotNull(name, s.name() + ": ingress from other pods of the namespace");
                        assertEquals(
                                Map.of("app.kubernetes.io/name", name),
                                peer.getPodSelector().getMatchLabels(),
                                s.name() + ": ingress from other pods of the namespace");
                        source = name.equals(s.name()) ? "self" : name;
                    } else {
                        source = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
                    }
                    String port = source.equals("self") ? peerPort : "http";
                    for (NetworkPolicyPort p : rule.getPorts()) {
                        assertEquals(port, p.getPort().getStrVal(), s.name() + ": from " + source);
                    }
                    sources.add(source);
                }
            }
            Set<String> expectedSources = new TreeSet<>(Set.of("ingress-nginx", "monitoring"));
            if (peers) {
                expectedSources.add("self");
            }
            // The workloads that call its API inside the cluster (a URL of theirs points at its Service).
            for (Svc caller : services) {
                if (!caller.name().equals(s.name()) && calls(r, caller).containsKey(s.name())) {
                    expectedSources.add(caller.name());
                }
            }
            assertEquals(expectedSources, sources, s.name());

            Map<String, Integer> egress = new HashMap<>();
            for (NetworkPolicyEgressRule rule : np.getSpec().getEgress()) {
                assertFalse(rule.getTo() == null || rule.getTo().isEmpty(), s.name() + ": egress to anywhere");
                assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(), s.name() + ": egress on any port");
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    assertNotNull(
                            peer.getPodSelector(), s.name() + ": in-cluster egress only (see the -external policy)");
                    Map<String, String> labels = peer.getPodSelector().getMatchLabels();
                    String target = labels.containsKey("k8s-app")
                            ? "dns"
                            : s.name().equals(labels.get("app.kubernetes.io/name"))
                                    ? "self"
                                    : labels.containsKey("strimzi.io/cluster")
                                            ? "kafka:" + labels.get("strimzi.io/cluster")
                                            : labels.containsKey("cnpg.io/cluster")
                                                    ? "db:" + labels.get("cnpg.io/cluster")
                                                    : labels.containsKey("app.kubernetes.io/instance")
                                                            ? "keycloak:" + labels.get("app.kubernetes.io/instance")
                                                            : labels.containsKey("app.kubernetes.io/name")
                                                                    ? "service:" + labels.get("app.kubernetes.io/name")
                                                                    : "unknown " + labels;
                    egress.put(target, rule.getPorts().get(0).getPort().getIntVal());
                }
            }
            Map<String, Integer> expected = new HashMap<>();
            expected.put("dns", 53);
            expected.put(
                    "kafka:" + kafka.getMetadata().getName(),
                    kafka.getSpec().getKafka().getListeners().stream()
                            .filter(l -> l.getType() == KafkaListenerType.INTERNAL)
                            .findFirst()
                            .orElseThrow()
                            .getPort());
            URI oidc = oidc(s) ? URI.create(s.env().get("PPID_OIDC_URL")) : null;
            if (oidc != null) {
                expected.put("keycloak:" + keycloak.metadata().getName(), keycloakPort(keycloak, oidc.getScheme()));
            }
            calls(r, s).forEach((service, port) -> expected.put("service:" + service, port));
            if (peers) {
                expected.put("self", resolve(s, new IntOrString(peerPort)));
            }
            for (Map.Entry<String, String> e : s.env().entrySet()) {
                if (e.getKey().endsWith("_DB_URL")) {
                    Matcher m = JDBC.matcher(e.getValue());
                    assertTrue(m.matches());
                    expected.put("db:" + m.group(1), 5432);
                }
            }
            assertEquals(expected, egress, s.name() + ": egress");

            // The pods carry the labels the operators' own NetworkPolicies admit.
            Map<String, String> labels = podLabels(s);
            GenericKafkaListener tls = kafka.getSpec().getKafka().getListeners().get(0);
            assertTrue(
                    tls.getNetworkPolicyPeers().stream().anyMatch(p -> selects(p.getPodSelector(), labels)),
                    s.name() + ": not admitted by the Kafka listener's networkPolicyPeers");
            if (oidc == null) {
                // Not a client of Keycloak: not admitted by its policy either.
                List<NetworkPolicyPeer> keycloakPeers =
                        new ArrayList<>(keycloak.spec().networkPolicy().http());
                if (keycloak.spec().networkPolicy().https() != null) {
                    keycloakPeers.addAll(keycloak.spec().networkPolicy().https());
                }
                assertTrue(
                        keycloakPeers.stream()
                                .noneMatch(p -> p.getPodSelector() != null && selects(p.getPodSelector(), labels)),
                        s.name() + ": admitted by Keycloak's network policy without reading tokens");
                continue;
            }
            List<NetworkPolicyPeer> keycloakPeers = oidc.getScheme().equals("https")
                    ? keycloak.spec().networkPolicy().https()
                    : keycloak.spec().networkPolicy().http();
            assertTrue(
                    keycloakPeers.stream()
                            .anyMatch(p -> p.getPodSelector() != null && selects(p.getPodSelector(), labels)),
                    s.name() + ": not admitted by Keycloak's network policy on its " + oidc.getScheme() + " port");
        }
    }

    /** A Kafka Streams service gets work only per input partition: more pods than partitions would idle. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void streamsServicesScaleWithTheirPartitions(String overlay) {
        Rendered r = Rendered.of(overlay);
        int checked = 0;
        for (Svc s : services(overlay)) {
            if (!s.properties().extensions().contains("quarkus-kafka-streams")) {
                continue;
            }
            int partitions = 0;
            for (String topic : s.properties()
                    .resolvedProdValue("quarkus.kafka-streams.topics")
                    .split(",")) {
                KafkaTopic kt = r.all(KafkaTopic.class).stream()
                        .filter(k -> topic.trim()
                                .equals(
                                        k.getSpec().getTopicName() != null
                                                ? k.getSpec().getTopicName()
                                                : k.getMetadata().getName()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(s.name() + ": no KafkaTopic " + topic));
                partitions = Math.max(partitions, kt.getSpec().getPartitions());
            }
            HorizontalPodAutoscaler hpa = r.one(HorizontalPodAutoscaler.class, s.name());
            assertTrue(
                    hpa.getSpec().getMaxReplicas() <= partitions,
                    s.name() + ": maxReplicas " + hpa.getSpec().getMaxReplicas() + " > " + partitions
                            + " input partitions");
            // The state directory must be on a writable volume (the root filesystem is read-only).
            String stateDir = s.env().get("PPID_INDEX_STATE_DIR");
            assertNotNull(stateDir, s.name());
            assertOnEmptyDir(s, stateDir);
            checked++;
        }
        assertEquals(1, checked, "index-service is the one Kafka Streams service");
    }

    private static void assertOnEmptyDir(Svc s, String path) {
        PodSpec pod = s.deployment().getSpec().getTemplate().getSpec();
        for (VolumeMount mount : s.container().getVolumeMounts()) {
            if (path.startsWith(mount.getMountPath() + "/") || path.equals(mount.getMountPath())) {
                Volume v = pod.getVolumes().stream()
                        .filter(x -> x.getName().equals(mount.getName()))
                        .findFirst()
                        .orElseThrow();
                assertNotNull(v.getEmptyDir(), s.name() + ": " + path + " must be on an emptyDir");
                assertNotEquals(Boolean.TRUE, mount.getReadOnly(), s.name() + ": " + path);
                return;
            }
        }
        fail(s.name() + ": " + path + " is on the read-only root filesystem");
    }

    /** Settings that two services must read alike (the city's reading of the law) have the same values. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void sharedLegalSettingsAgree(String overlay) {
        Map<String, Map<String, String>> env = new HashMap<>();
        for (Svc s : services(overlay)) {
            env.put(s.name(), s.env());
        }
        for (String key : List.of("PPID_DEADLINES_UNANSWERED_AFTER", "PPID_CALENDAR_CUTI_BERSAMA_IS_WORKING_DAY")) {
            assertNotNull(env.get("request-service").get(key), key);
            assertEquals(
                    env.get("request-service").get(key),
                    env.get("notification-service").get(key),
                    key);
        }
    }

    /** notification-service leaves the cluster only for the mail relay and webhooks, never to private ranges. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void notificationReachesOnlyMailAndWebhooksOutside(String overlay) {
        Rendered r = Rendered.of(overlay);
        Svc s = services(overlay).stream()
                .filter(x -> x.name().equals("notification-service"))
                .findFirst()
                .orElseThrow();
        NetworkPolicy np = r.one(NetworkPolicy.class, "notification-service-external");
        assertTrue(selects(np.getSpec().getPodSelector(), podLabels(s)));
        assertEquals(List.of("Egress"), np.getSpec().getPolicyTypes());
        Set<Integer> ports = new TreeSet<>();
        for (NetworkPolicyEgressRule rule : np.getSpec().getEgress()) {
            for (NetworkPolicyPeer peer : rule.getTo()) {
                assertNotNull(peer.getIpBlock(), "external egress by address only");
                assertNull(peer.getPodSelector());
                assertNull(peer.getNamespaceSelector());
                if ("0.0.0.0/0".equals(peer.getIpBlock().getCidr())) {
                    assertTrue(
                            peer.getIpBlock()
                                    .getExcept()
                                    .containsAll(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")),
                            "the open rule must not reach private addresses (pods, city network)");
                }
            }
            rule.getPorts().forEach(port -> ports.add(port.getPort().getIntVal()));
        }
        assertEquals(new TreeSet<>(Set.of(Integer.parseInt(s.env().get("PPID_SMTP_PORT")), 443)), ports);
    }

    /**
     * Every service runs with the footprint options of deploy/README.md ("JVM options"), and this JDK accepts them:
     * an option a JDK does not know stops the pod at start with "Unrecognized VM option".
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void jvmOptionsKeepTheFootprintSmallAndAreValid(String overlay) throws Exception {
        for (Svc s : services(overlay)) {
            String options = s.env().get("JAVA_TOOL_OPTIONS");
            assertNotNull(options, s.name() + ": JAVA_TOOL_OPTIONS");
            List<String> words = List.of(options.trim().split("\\s+"));
            assertTrue(
                    words.stream().anyMatch(w -> w.startsWith("-XX:MaxRAMPercentage=")),
                    s.name() + ": heap sized from the container limit");
            assertTrue(words.contains("-XX:TrimNativeHeapInterval=5000"), s.name() + ": trims glibc in " + options);
            // A heap held 90 % full makes the serial collector run full collections every few seconds under load.
            assertTrue(
                    words.stream()
                            .noneMatch(w ->
                                    w.startsWith("-XX:MinHeapFreeRatio=") || w.startsWith("-XX:MaxHeapFreeRatio=")),
                    s.name() + ": the JVM's heap free ratios in " + options);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(words);
            command.add("-version");
            Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, jvm.waitFor(), s.name() + ": " + output);
        }
    }
}
