package id.go.cilegon.ppid.deploy.crd;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.SecretKeySelector;

/**
 * Barman Cloud plugin {@code barmancloud.cnpg.io/v1 ObjectStore}; {@code spec.configuration} follows
 * barman-cloud's BarmanObjectStoreConfiguration. Only the fields this repository uses.
 */
public record ObjectStore(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** ObjectStoreSpec subset; retention like {@code 30d}. */
    public record Spec(Configuration configuration, String retentionPolicy) {}

    /** BarmanObjectStoreConfiguration subset. */
    public record Configuration(
            String destinationPath,
            String endpointURL,
            S3Credentials s3Credentials,
            Compression wal,
            Compression data) {}

    /** S3 credentials as Secret references. */
    public record S3Credentials(
            SecretKeySelector accessKeyId,
            SecretKeySelector secretAccessKey,
            SecretKeySelector region,
            Boolean inheritFromIAMRole) {}

    /** WAL or base-backup settings: compression, and the object store's server-side encryption. */
    public record Compression(String compression, String encryption) {}
}
