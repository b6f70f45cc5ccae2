package id.go.cilegon.ppid.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Finds a webhook signing secret by the directory's {@code webhookSecretRef}. The secret lives only in the
 * environment (a Kubernetes Secret): reference {@code ppid-webhooks/disperkim} is read from the setting
 * {@code ppid.webhook-secret.ppid-webhooks-disperkim}, i.e. the environment variable
 * {@code PPID_WEBHOOK_SECRET_PPID_WEBHOOKS_DISPERKIM}. It is never stored in the database.
 */
@ApplicationScoped
public class WebhookSecrets {

    /** The setting that holds the secret named {@code ref}. */
    public static String settingFor(String ref) {
        return "ppid.webhook-secret." + ref.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public Optional<String> find(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        // Read on every send, so a rotated secret applies without a restart where the config source allows it.
        return ConfigProvider.getConfig()
                .getOptionalValue(settingFor(ref), String.class)
                .filter(s -> !s.isBlank());
    }
}
