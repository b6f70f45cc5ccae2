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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 *
 * <p>Keys rotate: every NIK sealed now names its key ({@code ppid.security.nik-keys.<id>}, the current one
 * {@code ppid.security.nik-key-id}), and the request's id is its associated data, so a sealed NIK copied to another
 * request does not open. NIKs sealed before key ids existed ({@code ppid.security.nik-key}, no associated data) are
 * still read. The identity hash has a key of its own ({@code ppid.security.nik-lookup-key}); while hashes made with
 * the key derived from {@code nik-key} exist, {@link #identityHashes} gives both, newest first.
 */
@Startup
@ApplicationScoped
public class NikProtector {

    private static final Logger LOG = Logger.getLogger(NikProtector.class);
    /** First byte of a ciphertext of {@code nik-key}, without key id or associated data. */
    private static final byte FORMAT_V1 = 1;
    /** First byte of a ciphertext that names its key and is bound to its request. */
    private static final byte FORMAT_V2 = 2;
    /** The id under which {@code nik-key} seals new NIKs when there is no key ring. */
    static final String NIK_KEY_ID = "nik-key";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    SecurityConfig config;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> ring = new HashMap<>();
    private String currentKeyId;
    private SecretKey legacyKey;
    private SecretKey hashKey;
    private SecretKey legacyHashKey;

    @PostConstruct
    void init() {
        if (config.nikKey().filter(k -> !k.isBlank()).isPresent()) {
            legacyKey = key(config.nikKey().get(), "ppid.security.nik-key");
        } else if (config.nikKeys().isEmpty() && config.allowEphemeralKey()) {
            LOG.warn("No ppid.security.nik-key set: using a throwaway key; NIKs stored now are unreadable "
                    + "after a restart. Never run production like this.");
            byte[] key = new byte[32];
            random.nextBytes(key);
            legacyKey = new SecretKeySpec(key, "AES");
        }
        config.nikKeys().forEach((id, key) -> ring.put(id, key(key, "ppid.security.nik-keys." + id)));
        if (ring.isEmpty()) {
            if (legacyKey == null) {
                throw new IllegalStateException("ppid.security.nik-key (PPID_NIK_KEY) is required: 32 random bytes, "
                        + "base64-encoded, e.g. from `openssl rand -base64 32`");
            }
            ring.put(NIK_KEY_ID, legacyKey);
            currentKeyId = NIK_KEY_ID;
        } else {
            currentKeyId = config.nikKeyId()
                    .filter(ring::containsKey)
                    .orElseThrow(() -> new IllegalStateException("ppid.security.nik-key-id must name a key of "
                            + "ppid.security.nik-keys (" + String.join(", ", ring.keySet()) + ")"));
        }
        if (legacyKey != null) {
            legacyHashKey = new SecretKeySpec(
                    hmac(new SecretKeySpec(legacyKey.getEncoded(), "HmacSHA256"), "identity-hash"), "HmacSHA256");
        }
        if (config.nikLookupKey().filter(k -> !k.isBlank()).isPresent()) {
            byte[] lookup =
                    Base64.getDecoder().decode(config.nikLookupKey().get().strip());
            if (lookup.length < 32) {
                throw new IllegalStateException(
                        "ppid.security.nik-lookup-key must be at least 32 bytes, base64-encoded");
            }
            hashKey = new SecretKeySpec(lookup, "HmacSHA256");
        } else if (legacyHashKey != null) {
            hashKey = legacyHashKey;
            legacyHashKey = null;
        } else {
            throw new IllegalStateException("ppid.security.nik-lookup-key is required with a key ring and no nik-key");
        }
    }

    private static SecretKey key(String base64, String setting) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != 32) {
            throw new IllegalStateException(
                    setting + " must be 32 bytes, base64-encoded (got " + key.length + " bytes)");
        }
        return new SecretKeySpec(key, "AES");
    }

    /** Seals {@code plain} with the current key, bound to {@code requestId}. */
    public byte[] encrypt(String plain, UUID requestId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, ring.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(requestId));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] id = currentKeyId.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(2 + id.length + IV_BYTES + sealed.length)
                    .put(FORMAT_V2)
                    .put((byte) id.length)
                    .put(id)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    /** Opens a NIK stored for {@code requestId}, whichever key sealed it. */
    public String decrypt(byte[] stored, UUID requestId) {
        if (stored == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(stored);
        byte format = buffer.get();
        SecretKey key;
        byte[] associated = null;
        if (format == FORMAT_V1) {
            key = legacyKey;
            if (key == null) {
                throw new IllegalStateException("A NIK sealed before key ids needs ppid.security.nik-key");
            }
        } else if (format == FORMAT_V2) {
            byte[] id = new byte[buffer.get()];
            buffer.get(id);
            String keyId = new String(id, StandardCharsets.UTF_8);
            key = ring.get(keyId);
            if (key == null) {
                throw new IllegalStateException("A stored NIK needs key '" + keyId + "' of ppid.security.nik-keys");
            }
            associated = associatedData(requestId);
        } else {
            throw new IllegalStateException("Unknown NIK ciphertext format");
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            buffer.get(iv);
            byte[] sealed = new byte[buffer.remaining()];
            buffer.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            if (associated != null) {
                cipher.updateAAD(associated);
            }
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a stored NIK (wrong key, or not this request's)", e);
        }
    }

    /** A keyed hash of an identity number: equal numbers give equal hashes, the number cannot be recovered. */
    public String identityHash(String identityNumber) {
        return HexFormat.of().formatHex(hmac(hashKey, identityNumber.strip()));
    }

    /**
     * The hashes a returning applicant may be recorded under: {@link #identityHash} first, then the one of the key
     * derived from {@code nik-key} while a separate lookup key replaces it (re-hash what is found by the second).
     */
    public List<String> identityHashes(String identityNumber) {
        List<String> hashes = new ArrayList<>(List.of(identityHash(identityNumber)));
        if (legacyHashKey != null) {
            hashes.add(HexFormat.of().formatHex(hmac(legacyHashKey, identityNumber.strip())));
        }
        return List.copyOf(hashes);
    }

    /** Shows only the last four digits: {@code ************1234}. */
    public static String mask(String nik) {
        if (nik == null) {
            return null;
        }
        int visible = Math.min(4, nik.length());
        return "*".repeat(nik.length() - visible) + nik.substring(nik.length() - visible);
    }

    private static byte[] associatedData(UUID requestId) {
        return ByteBuffer.allocate(16)
                .putLong(requestId.getMostSignificantBits())
                .putLong(requestId.getLeastSignificantBits())
                .array();
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
