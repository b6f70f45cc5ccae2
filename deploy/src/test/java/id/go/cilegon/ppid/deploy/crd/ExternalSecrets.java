package id.go.cilegon.ppid.deploy.crd;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/** External Secrets Operator {@code external-secrets.io/v1} kinds, the fields this repository uses. */
public final class ExternalSecrets {

    private ExternalSecrets() {}

    /** {@code SecretStore} (namespaced). */
    public record SecretStore(String apiVersion, String kind, ObjectMeta metadata, StoreSpec spec) {}

    /** SecretStoreSpec subset: one provider. */
    public record StoreSpec(Provider provider, Integer refreshInterval) {}

    /** SecretStoreProvider subset (the placeholder is Vault/OpenBao). */
    public record Provider(Vault vault) {}

    /** VaultProvider subset. */
    public record Vault(String server, String path, String version, String namespace, VaultAuth auth) {}

    /** VaultAuth subset. */
    public record VaultAuth(KubernetesAuth kubernetes) {}

    /** VaultKubernetesAuth. */
    public record KubernetesAuth(String mountPath, String role, ServiceAccountRef serviceAccountRef) {}

    /** ServiceAccountSelector. */
    public record ServiceAccountRef(String name, List<String> audiences) {}

    /** {@code ExternalSecret}. */
    public record ExternalSecret(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {}

    /** ExternalSecretSpec subset. */
    public record Spec(String refreshInterval, StoreRef secretStoreRef, Target target, List<Data> data) {}

    /** SecretStoreRef. */
    public record StoreRef(String name, String kind) {}

    /** ExternalSecretTarget subset. */
    public record Target(String name, String creationPolicy, String deletionPolicy) {}

    /** ExternalSecretData. */
    public record Data(String secretKey, RemoteRef remoteRef) {}

    /** ExternalSecretDataRemoteRef subset. */
    public record RemoteRef(String key, String property, String version) {}
}
