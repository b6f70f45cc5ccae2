package id.go.cilegon.ppid.deploy.crd;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;

/** CloudNativePG {@code postgresql.cnpg.io/v1 ScheduledBackup}, the fields this repository uses. */
public record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** ScheduledBackupSpec subset. */
    public record Spec(
            String schedule,
            Boolean immediate,
            Boolean suspend,
            String backupOwnerReference,
            LocalObjectReference cluster,
            String method,
            PluginConfiguration pluginConfiguration) {}

    /** BackupPluginConfiguration. */
    public record PluginConfiguration(String name, java.util.Map<String, String> parameters) {}
}
