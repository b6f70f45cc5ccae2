package id.go.cilegon.ppid.request.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** Keys that protect personal data at rest. */
@ConfigMapping(prefix = "ppid.security")
public interface SecurityConfig {

    /**
     * AES-256 key for the NIK at rest, base64; comes from the environment, never from the repository. With no key ring
     * ({@link #nikKeys()}) it encrypts new NIKs too (key id {@code nik-key}); it always reads the NIKs written before
     * key ids existed, and the identity hash is derived from it unless {@link #nikLookupKey()} is set.
     */
    Optional<String> nikKey();

    /**
     * The key ring: key id to AES-256 key (base64), e.g. {@code ppid.security.nik-keys.k2026=...}. Every stored NIK names
     * the key that sealed it, so a new key is added here and named in {@link #nikKeyId()}, the old ones stay until no
     * NIK needs them.
     */
    Map<String, String> nikKeys();

    /** The key of the ring that seals new NIKs; required when the ring has keys. */
    Optional<String> nikKeyId();

    /**
     * The key of the identity hash (a returning walk-in applicant is recognised by it), base64, at least 32 bytes: kept
     * apart from the encryption keys, so rotating those changes no hash. Unset: derived from {@link #nikKey()}.
     */
    Optional<String> nikLookupKey();

    /** Tests and local development may run with a throwaway key; production refuses to start without one. */
    @WithDefault("false")
    boolean allowEphemeralKey();
}
