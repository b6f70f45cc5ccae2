package id.go.cilegon.ppid.request.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Keys that protect personal data at rest. */
@ConfigMapping(prefix = "ppid.security")
public interface SecurityConfig {

    /** AES-256 key for the NIK at rest, base64; comes from the environment, never from the repository. */
    Optional<String> nikKey();

    /** Tests and local development may run with a throwaway key; production refuses to start without one. */
    @WithDefault("false")
    boolean allowEphemeralKey();
}
