package id.go.cilegon.ppid.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens shaped like Keycloak's (realm roles in {@code realm_access.roles}, the {@code opd}
 * claim), signed with a key pair made for this test JVM. The service verifies them for real through
 * quarkus-oidc with the public key; the end-to-end test uses tokens from the real Keycloak instead.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    private static final String PRIVATE_KEY_PROPERTY = "ppid.test.token-private-key";
    private static final String PUBLIC_KEY_PROPERTY = "ppid.test.token-public-key";

    @Override
    public Map<String, String> start() {
        ensureKeys();
        return Map.of("quarkus.oidc.public-key", System.getProperty(PUBLIC_KEY_PROPERTY));
    }

    @Override
    public void stop() {}

    private static synchronized void ensureKeys() {
        if (System.getProperty(PRIVATE_KEY_PROPERTY) != null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            // System properties, because the test resource and the tests may see different class loaders.
            System.setProperty(
                    PRIVATE_KEY_PROPERTY,
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            System.setProperty(
                    PUBLIC_KEY_PROPERTY,
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An applicant whose account's e-mail address, {@code <subject>@example.org}, is verified (as Keycloak issues). */
    public static String applicant(String subject) {
        return applicant(subject, subject + "@example.org");
    }

    /** An applicant whose account's verified e-mail address is {@code email}. */
    public static String applicant(String subject, String email) {
        return token(subject, List.of("applicant"), null, Map.of("email", email, "email_verified", true));
    }

    public static String officer(String subject, String opd) {
        return token(subject, List.of("ppid-officer"), opd);
    }

    public static String main() {
        return token("ppid-utama", List.of("ppid-main"), null);
    }

    public static String superior() {
        return token("atasan-ppid", List.of("ppid-superior"), null);
    }

    public static String admin() {
        return token("admin-ppid", List.of("admin"), null);
    }

    public static String opdSystem(String opd) {
        return token(
                "service-account-opd-system-" + opd.toLowerCase(java.util.Locale.ROOT), List.of("opd-system"), opd);
    }

    public static String token(String subject, List<String> roles, String opd) {
        return token(subject, roles, opd, Map.of());
    }

    private static String token(String subject, List<String> roles, String opd, Map<String, Object> extraClaims) {
        ensureKeys();
        JwtClaimsBuilder claims = Jwt.issuer("ppid-test")
                .audience("ppid-api")
                .subject(subject)
                .preferredUserName(subject)
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(3600);
        if (opd != null) {
            claims.claim("opd", opd);
        }
        extraClaims.forEach(claims::claim);
        return claims.sign(privateKey());
    }

    private static PrivateKey privateKey() {
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY_PROPERTY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
