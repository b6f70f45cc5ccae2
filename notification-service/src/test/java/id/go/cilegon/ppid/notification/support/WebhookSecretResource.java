package id.go.cilegon.ppid.notification.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * A webhook signing secret made for this test JVM (never in the repository), given to the service the way
 * production gives it: a setting named after the directory's {@code webhookSecretRef}.
 */
public class WebhookSecretResource implements QuarkusTestResourceLifecycleManager {

    /** The secret reference the tests put in the directory. */
    public static final String SECRET_REF = "ppid-webhooks/test-system";

    /** A secret being rotated: its setting holds a new secret and, after a space, {@link #secret()}. */
    public static final String ROTATING_REF = "ppid-webhooks/rotating";

    private static final String PROPERTY = "ppid.test.webhook-secret";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "ppid.webhook-secret.ppid-webhooks-test-system",
                secret(),
                "ppid.webhook-secret.ppid-webhooks-rotating",
                newSecret() + " " + secret());
    }

    @Override
    public void stop() {}

    /** The secret in the Standard Webhooks form {@code whsec_<base64>}. */
    public static String secret() {
        return generated(PROPERTY);
    }

    /** The new secret of {@link #ROTATING_REF}. */
    public static String newSecret() {
        return generated(PROPERTY + ".new");
    }

    private static synchronized String generated(String property) {
        String secret = System.getProperty(property);
        if (secret == null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            secret = "whsec_" + Base64.getEncoder().encodeToString(key);
            // A system property, because the resource and the tests may see different class loaders.
            System.setProperty(property, secret);
        }
        return secret;
    }
}
