package id.go.cilegon.ppid.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">}.
 * A secret written {@code whsec_<base64>} is used as the decoded bytes (the Standard Webhooks format); any other
 * secret as its UTF-8 bytes.
 */
public final class WebhookSigner {

    /** The Standard Webhooks secret prefix. */
    public static final String SECRET_PREFIX = "whsec_";

    private WebhookSigner() {}

    /** The value of the {@code webhook-signature} header: one signature per secret, space separated. */
    public static String signatures(List<String> secrets, String id, long timestampSeconds, String body) {
        return String.join(
                " ",
                secrets.stream()
                        .map(secret -> signature(secret, id, timestampSeconds, body))
                        .toList());
    }

    /** One signature, {@code v1,<base64>}. */
    public static String signature(String secret, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    static byte[] key(String secret) {
        if (secret.startsWith(SECRET_PREFIX)) {
            return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
