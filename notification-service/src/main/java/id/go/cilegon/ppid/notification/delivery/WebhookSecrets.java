package id.go.cilegon.ppid.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Finds a webhook signing secret by the directory's {@code webhookSecretRef}. The secret lives only in the
 * environment (a Kubernetes Secret): reference {@code ppid-webhooks/disperkim} is read from the setting
 * {@code ppid.webhook-secret.ppid-webhooks-disperkim}, i.e. the environment variable
 * {@code PPID_WEBHOOK_SECRET_PPID_WEBHOOKS_DISPERKIM}. It is never stored in the database.
 *
 * <p>To rotate a secret without losing a message, the setting holds the new secret and the old one, separated by a
 * space, for as long as the OPD system needs to switch: every message is then signed with both (Standard Webhooks
 * allows several signatures), and afterwards the old one is removed.
 */
@ApplicationScoped
public class WebhookSecrets {

    /** The setting that holds the secret named {@code ref}. */
    public static String settingFor(String ref) {
        return "ppid.webhook-secret." + ref.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The secrets named {@code ref}, the current one first; empty when none is configured. */
    public List<String> find(String ref) {
        if (ref == null) {
            return List.of();
        }
        // Read on every send, so a rotated secret applies without a restart where the config source allows it.
        return ConfigProvider.getConfig()
                .getOptionalValue(settingFor(ref), String.class)
                .map(value -> List.of(value.strip().split("\\s+")))
                .filter(secrets -> !secrets.get(0).isEmpty())
                .orElse(List.of());
    }
}
