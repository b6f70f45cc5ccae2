package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.deploy.ServiceConfigTest.Svc;
import id.go.cilegon.ppid.deploy.crd.CertManager;
import id.go.cilegon.ppid.deploy.crd.Keycloak;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Inside the cluster of prod, what carries tokens goes over TLS with the peer verified: every service reads Keycloak's
 * OIDC discovery and keys over HTTPS checked against the platform's CA, and index-service's instances, which forward
 * callers' tokens to each other, call each other over HTTPS checked likewise. Nothing turns verification off, and
 * the network policies leave no plain-HTTP way to either. Dev keeps plain HTTP (no cert-manager there).
 */
class InternalTlsTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^}]*))?}");

    private final Rendered prod = Rendered.of("prod");

    @Test
    void everyServiceReadsKeycloakOverHttpsVerifiedAgainstThePlatformCa() {
        Keycloak keycloak = prod.one(Keycloak.class, "ppid-keycloak");
        String tlsSecret = keycloak.spec().http().tlsSecret();
        assertNotNull(tlsSecret, "Keycloak serves no https");
        CertManager.Certificate certificate = certificate(tlsSecret);
        String ca = caSecret(certificate);
        int checked = 0;
        for (Svc s : ServiceConfigTest.services("prod")) {
            if (!ServiceConfigTest.oidc(s)) {
                continue; // reads no tokens (the portal until it signs users in): no way to Keycloak at all
            }
            // The URL quarkus-oidc reads discovery and keys from in production.
            URI url = URI.create(setting(s, "quarkus.oidc.auth-server-url"));
            assertEquals("https", url.getScheme(), s.name() + ": " + url);
            assertEquals(ServiceConfigTest.keycloakPort(keycloak, "https"), url.getPort(), s.name() + ": " + url);
            assertTrue(
                    certificate.spec().dnsNames().contains(url.getHost()),
                    s.name() + ": Keycloak's certificate does not name " + url.getHost());
            String tls = setting(s, "quarkus.oidc.tls.tls-configuration-name");
            assertNotNull(tls, s.name() + ": quarkus-oidc has no TLS configuration, so it trusts the JVM's CAs");
            ServiceConfigTest.assertMounted(s, setting(s, "quarkus.tls." + tls + ".trust-store.pem.certs"), ca);
            checked++;
        }
        assertEquals(4, checked);
    }

    /** No setting of any service, in its environment or its application.properties, turns verification off. */
    @Test
    void nothingTurnsVerificationOff() {
        List<String> off = new ArrayList<>();
        for (Svc s : ServiceConfigTest.services("prod")) {
            for (Map.Entry<String, String> e : s.env().entrySet()) {
                if (disablesVerification(e.getKey().toLowerCase(Locale.ROOT).replace('_', '.'), e.getValue())) {
                    off.add(s.name() + ": " + e.getKey() + "=" + e.getValue());
                }
            }
            for (String key : List.of(
                    "quarkus.oidc.tls.verification",
                    "quarkus.tls.trust-all",
                    "quarkus.tls.hostname-verification-algorithm")) {
                String value = s.properties().prodValue(key, null);
                if (value != null && disablesVerification(key, value)) {
                    off.add(s.name() + ": application.properties " + key + "=" + value);
                }
            }
        }
        assertEquals(List.of(), off);
    }

    private static boolean disablesVerification(String key, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return (key.endsWith(".trust.all") || key.endsWith(".trust-all")) && v.equals("true")
                || key.endsWith(".verification") && !v.equals("required")
                || key.endsWith("verification.algorithm") && v.equals("none")
                || key.endsWith("verification-algorithm") && v.equals("none");
    }

    /** The services' policies reach Keycloak on HTTPS only, and Keycloak's admits them on HTTPS only. */
    @Test
    void noServiceReachesKeycloakOverPlainHttp() {
        Keycloak keycloak = prod.one(Keycloak.class, "ppid-keycloak");
        int https = ServiceConfigTest.keycloakPort(keycloak, "https");
        List<NetworkPolicyPeer> httpPeers = keycloak.spec().networkPolicy().http();
        // An empty list would make the operator open the port to every pod.
        assertFalse(httpPeers == null || httpPeers.isEmpty(), "Keycloak's HTTP port open to every pod");
        assertFalse(
                keycloak.spec().networkPolicy().https() == null
                        || keycloak.spec().networkPolicy().https().isEmpty(),
                "Keycloak's HTTPS port open to every pod");
        for (NetworkPolicyPeer peer : httpPeers) {
            // Only the ingress controllers, in their own namespaces (TLS ends there): no pod of this namespace.
            assertNotNull(peer.getNamespaceSelector(), "Keycloak's HTTP port admits pods of the namespace: " + peer);
            assertNotEquals(
                    "ppid",
                    peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"),
                    "Keycloak's HTTP port admits the platform's namespace");
        }
        for (Svc s : ServiceConfigTest.services("prod")) {
            NetworkPolicy np = prod.one(NetworkPolicy.class, s.name());
            int rules = 0;
            for (NetworkPolicyEgressRule rule : np.getSpec().getEgress()) {
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    if (peer.getPodSelector() != null
                            && "keycloak"
                                    .equals(peer.getPodSelector()
                                            .getMatchLabels()
                                            .get("app"))) {
                        rules++;
                        for (NetworkPolicyPort port : rule.getPorts()) {
                            assertEquals(https, port.getPort().getIntVal(), s.name() + ": to Keycloak on " + port);
                        }
                    }
                }
            }
            assertEquals(ServiceConfigTest.oidc(s) ? 1 : 0, rules, s.name() + ": rules to Keycloak");
        }
    }

    @Test
    void indexServiceInstancesCallEachOtherOverVerifiedHttps() {
        Svc s = ServiceConfigTest.services("prod").stream()
                .filter(x -> x.name().equals("index-service"))
                .findFirst()
                .orElseThrow();
        assertEquals("https", setting(s, "ppid.peers.scheme"));

        // Each instance serves the TLS port it advertises, with the certificate of the configuration that verifies.
        int port = Integer.parseInt(setting(s, "ppid.peers.port"));
        assertEquals(port, Integer.parseInt(setting(s, "quarkus.http.ssl-port")), "advertised port = TLS port");
        ContainerPort tlsPort = s.container().getPorts().stream()
                .filter(p -> p.getContainerPort() == port)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container port " + port));
        String tls = setting(s, "ppid.peers.tls-configuration-name");
        assertEquals(tls, setting(s, "quarkus.http.tls-configuration-name"), "the server's TLS configuration");
        Pattern keyStore = Pattern.compile(
                Pattern.quote(ServiceConfigTest.tlsVariable(tls, "KEY_STORE_PEM_")) + "([A-Z0-9_]+)_(CERT|KEY)");
        List<String> pair = new ArrayList<>();
        s.env().forEach((env, file) -> {
            if (keyStore.matcher(env).matches()) {
                pair.add(file);
            }
        });
        assertEquals(2, pair.size(), "one certificate and its key: " + pair);
        String secret = secretOf(s, pair.get(0));
        assertEquals(secret, secretOf(s, pair.get(1)), "certificate and key from one Secret");

        // The certificate names what the others check (they call a pod address, which it cannot name), and its CA is
        // what they trust.
        CertManager.Certificate certificate = certificate(secret);
        String serverName = setting(s, "ppid.peers.server-name");
        assertTrue(
                certificate.spec().dnsNames().contains(serverName),
                secret + " does not name " + serverName + ": "
                        + certificate.spec().dnsNames());
        ServiceConfigTest.assertMounted(
                s, setting(s, "quarkus.tls." + tls + ".trust-store.pem.certs"), caSecret(certificate));

        // Only that port between the instances.
        NetworkPolicy np = prod.one(NetworkPolicy.class, s.name());
        int in = 0;
        for (NetworkPolicyIngressRule rule : np.getSpec().getIngress()) {
            if (rule.getFrom().stream()
                    .anyMatch(p -> p.getNamespaceSelector() == null
                            && s.name()
                                    .equals(p.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")))) {
                in++;
                rule.getPorts()
                        .forEach(
                                p -> assertEquals(tlsPort.getName(), p.getPort().getStrVal()));
            }
        }
        int out = 0;
        for (NetworkPolicyEgressRule rule : np.getSpec().getEgress()) {
            if (rule.getTo().stream()
                    .anyMatch(p -> p.getPodSelector() != null
                            && s.name()
                                    .equals(p.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")))) {
                out++;
                rule.getPorts().forEach(p -> assertEquals(port, p.getPort().getIntVal()));
            }
        }
        assertEquals(1, in, "ingress rules from the other instances");
        assertEquals(1, out, "egress rules to the other instances");
    }

    /** Dev has no cert-manager: it keeps plain HTTP to Keycloak and between instances, as before. */
    @Test
    void devKeepsPlainHttp() {
        for (Svc s : ServiceConfigTest.services("dev")) {
            if (!ServiceConfigTest.oidc(s)) {
                continue;
            }
            assertEquals(
                    "http",
                    URI.create(setting(s, "quarkus.oidc.auth-server-url")).getScheme(),
                    s.name());
            assertNull(s.env().get("QUARKUS_OIDC_TLS_TLS_CONFIGURATION_NAME"), s.name());
            if (s.name().equals("index-service")) {
                assertEquals("http", setting(s, "ppid.peers.scheme"));
            }
        }
        assertNull(Rendered.of("dev")
                .one(Keycloak.class, "ppid-keycloak")
                .spec()
                .http()
                .tlsSecret());
    }

    /** The value of a setting in production: its environment form, else application.properties, expressions resolved. */
    private static String setting(Svc s, String key) {
        String value = raw(s, key);
        if (value == null) {
            return null;
        }
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = s.env().containsKey(m.group(1)) ? s.env().get(m.group(1)) : setting(s, m.group(1));
            if (inner == null) {
                inner = m.group(2);
            }
            assertNotNull(inner, s.name() + ": " + key + " reads " + m.group(1) + ", which has no value");
            m.appendReplacement(out, Matcher.quoteReplacement(inner));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A setting as written: its environment form, else application.properties (prod profile), unresolved. */
    private static String raw(Svc s, String key) {
        String env = s.env().get(ServiceProperties.envForm(key));
        return env != null ? env : s.properties().prodValue(key, null);
    }

    /** The Secret whose volume holds {@code file}. */
    private static String secretOf(Svc s, String file) {
        return s.container().getVolumeMounts().stream()
                .filter(m -> file.startsWith(m.getMountPath() + "/"))
                .map(m -> s.deployment().getSpec().getTemplate().getSpec().getVolumes().stream()
                        .filter(v -> v.getName().equals(m.getName()))
                        .findFirst()
                        .orElseThrow())
                .filter(v -> v.getSecret() != null)
                .map(v -> v.getSecret().getSecretName())
                .findFirst()
                .orElseThrow(() -> new AssertionError(s.name() + ": " + file + " is on no Secret volume"));
    }

    private CertManager.Certificate certificate(String secret) {
        return prod.all(CertManager.Certificate.class).stream()
                .filter(c -> c.spec().secretName().equals(secret))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Certificate writes " + secret));
    }

    /** The Secret of the CA that issues {@code certificate}: a CA Issuer's, itself a Certificate with isCA. */
    private String caSecret(CertManager.Certificate certificate) {
        CertManager.Issuer issuer = prod.one(
                CertManager.Issuer.class, certificate.spec().issuerRef().name());
        assertNotNull(issuer.spec().ca(), certificate.metadata().getName() + ": not from the platform's CA");
        String secret = issuer.spec().ca().secretName();
        assertEquals(Boolean.TRUE, certificate(secret).spec().isCA(), secret + " is not a CA");
        return secret;
    }
}
