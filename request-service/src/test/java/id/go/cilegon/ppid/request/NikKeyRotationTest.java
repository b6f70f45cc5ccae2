package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static id.go.cilegon.ppid.request.Fixtures.form;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The NIK key ring and a separate lookup key, introduced on a running platform: a walk-in applicant recorded under the
 * hash of the key derived from {@code nik-key} keeps their pseudonymous id (found by the old hash, then re-hashed), and
 * their NIK, sealed with the ring's current key, opens again.
 */
@QuarkusTest
@TestProfile(NikKeyRotationTest.KeyRing.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class NikKeyRotationTest {

    public static class KeyRing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ppid.security.nik-key", key("nik-key"),
                    "ppid.security.nik-keys.k2027", key("k2027"),
                    "ppid.security.nik-key-id", "k2027",
                    "ppid.security.nik-lookup-key", key("lookup"));
        }
    }

    /** A key made for this test JVM, the same for the profile and the test (a system property: two class loaders). */
    private static synchronized String key(String name) {
        String property = "ppid.test.nik." + name;
        if (System.getProperty(property) == null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            System.setProperty(property, Base64.getEncoder().encodeToString(key));
        }
        return System.getProperty(property);
    }

    @Inject
    EntityManager em;

    /** The identity hash as it was made before a lookup key of its own: HMAC with a key derived from nik-key. */
    private static String derivedHash(String identity) throws Exception {
        Mac derive = Mac.getInstance("HmacSHA256");
        derive.init(new SecretKeySpec(Base64.getDecoder().decode(key("nik-key")), "HmacSHA256"));
        byte[] hashKey = derive.doFinal("identity-hash".getBytes(StandardCharsets.UTF_8));
        Mac hash = Mac.getInstance("HmacSHA256");
        hash.init(new SecretKeySpec(hashKey, "HmacSHA256"));
        return HexFormat.of().formatHex(hash.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aReturningWalkInKeepsTheirIdAcrossTheNewLookupKey() throws Exception {
        String nik = Fixtures.nik();
        String oldHash = derivedHash("PERSON:" + nik);
        UUID known = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into applicant (id, identity_hash, created_at) values (?1, ?2, ?3)")
                        .setParameter(1, known)
                        .setParameter(2, oldHash)
                        .setParameter(3, Instant.parse("2025-03-01T02:00:00Z"))
                        .executeUpdate());

        as(TestTokens.officer("petugas-dlh-rotation", "DLH"))
                .body(form(nik))
                .post("/requests")
                .then()
                .statusCode(201)
                .body("applicant.id", equalTo(known.toString()))
                .body("applicant.nik", equalTo("************" + nik.substring(12)));

        String hashNow = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select identity_hash from applicant where id = ?1")
                        .setParameter(1, known)
                        .getSingleResult());
        assertNotEquals(oldHash, hashNow, "re-hashed with the lookup key");
        assertEquals(64, hashNow.length());
    }
}
