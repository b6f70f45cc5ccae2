package id.go.cilegon.ppid.deploy.crd;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;

/**
 * CloudNativePG {@code postgresql.cnpg.io/v1 Cluster}: only the fields this repository uses, named and typed
 * as in the CloudNativePG API reference (CloudNativePG publishes no Java model). Anything else fails to load.
 */
public record CnpgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** ClusterSpec subset. */
    public record Spec(
            Integer instances,
            String imageName,
            String primaryUpdateStrategy,
            Bootstrap bootstrap,
            Postgresql postgresql,
            Storage storage,
            ResourceRequirements resources,
            Affinity affinity,
            List<Plugin> plugins) {}

    /** BootstrapConfiguration subset. */
    public record Bootstrap(Initdb initdb) {}

    /** BootstrapInitDB subset; without {@code secret} the operator generates {@code <cluster>-app}. */
    public record Initdb(String database, String owner, LocalObjectReference secret) {}

    /** PostgresConfiguration subset; parameter values are strings in the CRD. */
    public record Postgresql(Map<String, String> parameters) {}

    /** StorageConfiguration subset. */
    public record Storage(String size, String storageClass) {}

    /** AffinityConfiguration subset. */
    public record Affinity(Boolean enablePodAntiAffinity, String topologyKey) {}

    /** PluginConfiguration (CNPG-I), e.g. the Barman Cloud plugin as WAL archiver. */
    public record Plugin(String name, Boolean enabled, Boolean isWALArchiver, Map<String, String> parameters) {}
}
