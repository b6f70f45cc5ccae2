package id.go.cilegon.ppid.request.security;

import id.go.cilegon.ppid.request.config.SecurityConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Protects identity numbers (NIK, deed numbers) at rest: AES-256-GCM encryption, a keyed hash to
 * recognise a returning walk-in applicant without storing the number in clear, and masking for
 * every response except to the number's owner.
 */
@Startup
@ApplicationScoped
public class NikProtector {

    private static final Logger LOG = Logger.getLogger(NikProtector.class);
    /** First byte of every ciphertext, so the format can change with a key rotation. */
    private static final byte FORMAT_V1 = 1;

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    SecurityConfig config;

    private final SecureRandom random = new SecureRandom();
    private SecretKey encryptionKey;
    private SecretKey hashKey;

    @PostConstruct
    void init() {
        byte[] key;
        if (config.nikKey().filter(k -> !k.isBlank()).isPresent()) {
            key = Base64.getDecoder().decode(config.nikKey().get().strip());
            if (key.length != 32) {
                throw new IllegalStateException(
                        "ppid.security.nik-key must be 32 bytes, base64-encoded (got " + key.length + " bytes)");
            }
        } else if (config.allowEphemeralKey()) {
            LOG.warn("No ppid.security.nik-key set: using a throwaway key; NIKs stored now are unreadable "
                    + "after a restart. Never run production like this.");
            key = new byte[32];
            random.nextBytes(key);
        } else {
            throw new IllegalStateException("ppid.security.nik-key (PPID_NIK_KEY) is required: 32 random bytes, "
                    + "base64-encoded, e.g. from `openssl rand -base64 32`");
        }
        encryptionKey = new SecretKeySpec(key, "AES");
        hashKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "identity-hash"), "HmacSHA256");
    }

    public byte[] encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(FORMAT_V1)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    public String decrypt(byte[] stored) {
        if (stored == null) {
            return null;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(stored);
            if (buffer.get() != FORMAT_V1) {
                throw new IllegalStateException("Unknown NIK ciphertext format");
            }
            byte[] iv = new byte[IV_BYTES];
            buffer.get(iv);
            byte[] sealed = new byte[buffer.remaining()];
            buffer.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a stored NIK (wrong ppid.security.nik-key?)", e);
        }
    }

    /** A keyed hash of an identity number: equal numbers give equal hashes, the number cannot be recovered. */
    public String identityHash(String identityNumber) {
        return HexFormat.of().formatHex(hmac(hashKey, identityNumber.strip()));
    }

    /** Shows only the last four digits: {@code ************1234}. */
    public static String mask(String nik) {
        if (nik == null) {
            return null;
        }
        int visible = Math.min(4, nik.length());
        return "*".repeat(nik.length() - visible) + nik.substring(nik.length() - visible);
    }

    private static byte[] hmac(SecretKey key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
