package id.go.cilegon.ppid.deploy.crd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/** cert-manager {@code cert-manager.io/v1} kinds, with the fields this repository uses (unknown ones fail). */
public final class CertManager {

    private CertManager() {}

    /** {@code Issuer}: an ACME, CA or self-signed issuer. */
    public record Issuer(String apiVersion, String kind, ObjectMeta metadata, IssuerSpec spec) {}

    /** IssuerSpec subset: exactly one of the kinds of issuer. */
    public record IssuerSpec(Acme acme, Ca ca, SelfSigned selfSigned) {}

    /** CAIssuer: signs with the CA certificate and key of a Secret. */
    public record Ca(String secretName) {}

    /** SelfSignedIssuer: each certificate signs itself. */
    public record SelfSigned(List<String> crlDistributionPoints) {}

    /** ACMEIssuer subset. */
    public record Acme(String server, String email, SecretRef privateKeySecretRef, List<Solver> solvers) {}

    /** Secret by name. */
    public record SecretRef(String name) {}

    /** ACMEChallengeSolver subset. */
    public record Solver(Http01 http01) {}

    /** ACMEChallengeSolverHTTP01. */
    public record Http01(Http01Ingress ingress) {}

    /** ACMEChallengeSolverHTTP01Ingress subset. */
    public record Http01Ingress(String ingressClassName) {}

    /** {@code Certificate}. */
    public record Certificate(String apiVersion, String kind, ObjectMeta metadata, CertificateSpec spec) {}

    /** CertificateSpec subset. */
    public record CertificateSpec(
            String secretName,
            List<String> dnsNames,
            IssuerRef issuerRef,
            PrivateKey privateKey,
            String duration,
            String renewBefore,
            @JsonProperty("isCA") Boolean isCA,
            String commonName,
            List<String> usages) {}

    /** ObjectReference to an Issuer or ClusterIssuer. */
    public record IssuerRef(String name, String kind, String group) {}

    /** CertificatePrivateKey. */
    public record PrivateKey(String algorithm, Integer size, String rotationPolicy, String encoding) {}
}
