package id.go.cilegon.ppid.deploy.crd;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.List;
import java.util.Map;

/**
 * Keycloak operator {@code k8s.keycloak.org/v2alpha1 Keycloak}: the fields this repository uses, named as in
 * the operator's KeycloakSpec (the operator is not published as a Java model for Java 17 use).
 */
public record Keycloak(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** KeycloakSpec subset. */
    public record Spec(
            Integer instances,
            String image,
            Boolean startOptimized,
            Db db,
            Http http,
            Hostname hostname,
            Proxy proxy,
            Ingress ingress,
            List<ValueOrSecret> additionalOptions,
            NetworkPolicy networkPolicy,
            ResourceRequirements resources,
            Unsupported unsupported) {}

    /** UnsupportedSpec: what the operator merges into the pods it creates (here a mounted file). */
    public record Unsupported(PodTemplateSpec podTemplate) {}

    /** DatabaseSpec subset. */
    public record Db(
            String vendor,
            String host,
            Integer port,
            String database,
            SecretKeySelector usernameSecret,
            SecretKeySelector passwordSecret) {}

    /** HttpSpec. */
    public record Http(Boolean httpEnabled, String tlsSecret, Integer httpPort, Integer httpsPort) {}

    /** HostnameSpec (hostname v2). */
    public record Hostname(String hostname, String admin, Boolean strict, Boolean backchannelDynamic) {}

    /** ProxySpec. */
    public record Proxy(String headers) {}

    /** IngressSpec. */
    public record Ingress(Boolean enabled, String className, Map<String, String> annotations, String tlsSecret) {}

    /** ValueOrSecret: a Keycloak option by value or from a Secret. */
    public record ValueOrSecret(String name, String value, SecretKeySelector secret) {}

    /** NetworkPolicySpec: who may reach the http, https and management ports. */
    public record NetworkPolicy(
            Boolean enabled,
            List<NetworkPolicyPeer> http,
            List<NetworkPolicyPeer> https,
            List<NetworkPolicyPeer> management) {}
}
