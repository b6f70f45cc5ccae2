package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.deploy.crd.CertManager;
import id.go.cilegon.ppid.deploy.crd.CnpgCluster;
import id.go.cilegon.ppid.deploy.crd.ExternalSecrets;
import id.go.cilegon.ppid.deploy.crd.Keycloak;
import id.go.cilegon.ppid.deploy.crd.KeycloakRealmImport;
import id.go.cilegon.ppid.deploy.crd.ObjectStore;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Production gets its certificates from cert-manager and every Secret that no operator generates from the
 * External Secrets Operator: each TLS Secret an Ingress names is a Certificate of a public CA for exactly its
 * hosts, every Certificate is in use, and each Secret key a workload reads is either generated or synchronised by
 * an ExternalSecret.
 */
class TlsAndExternalSecretsTest {

    private final Rendered prod = Rendered.of("prod");

    @Test
    void everyTlsSecretIsACertificateForItsHosts() {
        Map<String, Set<String>> wanted = new TreeMap<>();
        for (Ingress ingress : prod.all(Ingress.class)) {
            for (IngressTLS tls : ingress.getSpec().getTls()) {
                wanted.computeIfAbsent(tls.getSecretName(), k -> new TreeSet<>())
                        .addAll(tls.getHosts());
            }
            ingress.getSpec()
                    .getRules()
                    .forEach(rule -> assertTrue(
                            ingress.getSpec().getTls().stream()
                                    .anyMatch(t -> t.getHosts().contains(rule.getHost())),
                            ingress.getMetadata().getName() + ": " + rule.getHost() + " is served without TLS"));
        }
        // Keycloak is published by Ingresses of the platform's own (above), not by the operator's.
        Keycloak keycloak = prod.one(Keycloak.class, "ppid-keycloak");
        assertFalse(keycloak.spec().ingress().enabled(), "the operator's Ingress would publish the admin console");

        Map<String, CertManager.Certificate> bySecret = new HashMap<>();
        for (CertManager.Certificate c : prod.all(CertManager.Certificate.class)) {
            assertTrue(
                    bySecret.put(c.spec().secretName(), c) == null,
                    "two Certificates write " + c.spec().secretName());
            assertEquals("Issuer", c.spec().issuerRef().kind(), c.metadata().getName());
            prod.one(CertManager.Issuer.class, c.spec().issuerRef().name());
        }
        // The public hosts: certified by a public CA (ACME), each for exactly the hosts its Ingresses serve.
        wanted.forEach((secret, hosts) -> {
            CertManager.Certificate c = bySecret.get(secret);
            assertTrue(c != null, secret + ": no Certificate");
            assertEquals(hosts, new TreeSet<>(c.spec().dnsNames()), secret + ": the certificate's names");
            CertManager.Issuer issuer =
                    prod.one(CertManager.Issuer.class, c.spec().issuerRef().name());
            assertTrue(issuer.spec().acme() != null, secret + ": a public host needs a public CA");
            assertTrue(issuer.spec().acme().server().startsWith("https://"));
            assertFalse(issuer.spec().acme().solvers().isEmpty());
        });
        // Inside the cluster (InternalTlsTest): Keycloak's https, the Secret volumes of the services, and the CA.
        Set<String> used = new TreeSet<>(wanted.keySet());
        used.add(keycloak.spec().http().tlsSecret());
        for (Deployment d : prod.all(Deployment.class)) {
            for (Volume v : d.getSpec().getTemplate().getSpec().getVolumes()) {
                if (v.getSecret() != null && bySecret.containsKey(v.getSecret().getSecretName())) {
                    used.add(v.getSecret().getSecretName());
                }
            }
        }
        for (CertManager.Issuer issuer : prod.all(CertManager.Issuer.class)) {
            if (issuer.spec().ca() != null) {
                used.add(issuer.spec().ca().secretName());
            }
        }
        assertEquals(used, new TreeSet<>(bySecret.keySet()), "one Certificate per TLS Secret in use, and no other");
    }

    @Test
    void everySecretNoOperatorMakesComesFromTheSecretStore() {
        Map<String, Set<String>> generated = new HashMap<>();
        prod.all(KafkaUser.class)
                .forEach(u -> generated.put(u.getMetadata().getName(), Set.of("password", "sasl.jaas.config")));
        for (CnpgCluster c : prod.all(CnpgCluster.class)) {
            generated.put(c.metadata().getName() + "-app", Set.of("username", "password", "jdbc-uri", "uri"));
            generated.put(c.metadata().getName() + "-ca", Set.of("ca.crt"));
        }
        prod.all(Kafka.class)
                .forEach(k -> generated.put(k.getMetadata().getName() + "-cluster-ca-cert", Set.of("ca.crt")));
        // ca.crt: the issuing CA's certificate (cert-manager writes it for CA and self-signed issuers).
        prod.all(CertManager.Certificate.class)
                .forEach(c -> generated.put(c.spec().secretName(), Set.of("tls.crt", "tls.key", "ca.crt")));

        Map<String, Set<String>> read = new TreeMap<>();
        for (Deployment d : prod.all(Deployment.class)) {
            for (EnvVar e :
                    d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    add(read, e.getValueFrom().getSecretKeyRef());
                }
            }
            for (Volume v : d.getSpec().getTemplate().getSpec().getVolumes()) {
                if (v.getSecret() != null) {
                    v.getSecret()
                            .getItems()
                            .forEach(i -> read.computeIfAbsent(v.getSecret().getSecretName(), k -> new TreeSet<>())
                                    .add(i.getKey()));
                }
            }
        }
        for (KeycloakRealmImport ri : prod.all(KeycloakRealmImport.class)) {
            ri.spec().placeholders().values().forEach(p -> add(read, p.secret()));
        }
        for (ObjectStore store : prod.all(ObjectStore.class)) {
            add(read, store.spec().configuration().s3Credentials().accessKeyId());
            add(read, store.spec().configuration().s3Credentials().secretAccessKey());
        }

        Map<String, Set<String>> synced = new TreeMap<>();
        for (ExternalSecrets.ExternalSecret es : prod.all(ExternalSecrets.ExternalSecret.class)) {
            assertEquals("SecretStore", es.spec().secretStoreRef().kind());
            prod.one(
                    ExternalSecrets.SecretStore.class,
                    es.spec().secretStoreRef().name());
            assertEquals(es.metadata().getName(), es.spec().target().name());
            assertEquals(
                    "Retain",
                    es.spec().target().deletionPolicy(),
                    es.metadata().getName() + ": a store outage must not delete the Secret");
            Set<String> keys = synced.computeIfAbsent(es.spec().target().name(), k -> new TreeSet<>());
            es.spec().data().forEach(d -> {
                assertFalse(d.remoteRef().key().isBlank());
                keys.add(d.secretKey());
            });
        }
        Map<String, Set<String>> missing = new TreeMap<>();
        read.forEach((secret, keys) -> {
            Set<String> have =
                    generated.containsKey(secret) ? generated.get(secret) : synced.getOrDefault(secret, Set.of());
            Set<String> lacking = new TreeSet<>(keys);
            lacking.removeAll(have);
            if (!lacking.isEmpty()) {
                missing.put(secret, lacking);
            }
        });
        assertEquals(
                Map.of(), missing, "Secret keys read in prod that neither an operator nor an ExternalSecret provides");
        Set<String> unused = new TreeSet<>(synced.keySet());
        unused.removeAll(read.keySet());
        assertEquals(Set.of(), unused, "ExternalSecrets nobody reads");
    }

    @Test
    void devHasNoExternalDependencies() {
        Rendered dev = Rendered.of("dev");
        assertEquals(List.of(), dev.all(ExternalSecrets.ExternalSecret.class));
        assertEquals(List.of(), dev.all(CertManager.Certificate.class));
    }

    private static void add(Map<String, Set<String>> read, SecretKeySelector ref) {
        read.computeIfAbsent(ref.getName(), k -> new TreeSet<>()).add(ref.getKey());
    }
}
