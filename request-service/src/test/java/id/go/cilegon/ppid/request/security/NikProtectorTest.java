package id.go.cilegon.ppid.request.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.request.config.SecurityConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class NikProtectorTest {

    private static final String NIK = "3672011508900001";

    private static final UUID REQUEST = UUID.randomUUID();

    private static NikProtector protector(Optional<String> key, boolean ephemeral) {
        return protector(key, Map.of(), null, null, ephemeral);
    }

    private static NikProtector protector(
            Optional<String> key, Map<String, String> ring, String keyId, String lookupKey, boolean ephemeral) {
        NikProtector protector = new NikProtector();
        protector.config = new SecurityConfig() {
            @Override
            public Optional<String> nikKey() {
                return key;
            }

            @Override
            public Map<String, String> nikKeys() {
                return ring;
            }

            @Override
            public Optional<String> nikKeyId() {
                return Optional.ofNullable(keyId);
            }

            @Override
            public Optional<String> nikLookupKey() {
                return Optional.ofNullable(lookupKey);
            }

            @Override
            public boolean allowEphemeralKey() {
                return ephemeral;
            }
        };
        protector.init();
        return protector;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        NikProtector protector = protector(Optional.of(randomKey()), false);
        byte[] first = protector.encrypt(NIK, REQUEST);
        byte[] second = protector.encrypt(NIK, REQUEST);
        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains(NIK));
        assertNotEquals(
                Base64.getEncoder().encodeToString(first), Base64.getEncoder().encodeToString(second));
        assertEquals(NIK, protector.decrypt(first, REQUEST));
        assertEquals(NIK, protector.decrypt(second, REQUEST));
    }

    @Test
    void tamperedCiphertextOrAnotherKeyIsRefused() {
        String key = randomKey();
        byte[] sealed = protector(Optional.of(key), false).encrypt(NIK, REQUEST);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(
                IllegalStateException.class,
                () -> protector(Optional.of(key), false).decrypt(tampered, REQUEST));
        assertThrows(
                IllegalStateException.class,
                () -> protector(Optional.of(randomKey()), false).decrypt(sealed, REQUEST));
    }

    @Test
    void identityHashIsStablePerKeyAndHidesTheNumber() {
        String key = randomKey();
        String hash = protector(Optional.of(key), false).identityHash(NIK);
        assertEquals(hash, protector(Optional.of(key), false).identityHash(" " + NIK + " "));
        assertNotEquals(hash, protector(Optional.of(randomKey()), false).identityHash(NIK));
        assertFalse(hash.contains(NIK));
        assertEquals(64, hash.length());
    }

    @Test
    void productionRefusesToStartWithoutAValidKey() {
        IllegalStateException missing =
                assertThrows(IllegalStateException.class, () -> protector(Optional.empty(), false));
        assertTrue(missing.getMessage().contains("PPID_NIK_KEY"));
        assertThrows(
                IllegalStateException.class,
                () -> protector(Optional.of(Base64.getEncoder().encodeToString(new byte[16])), false));
    }

    @Test
    void testsAndDevelopmentMayUseAThrowawayKey() {
        NikProtector protector = protector(Optional.empty(), true);
        assertEquals(NIK, protector.decrypt(protector.encrypt(NIK, REQUEST), REQUEST));
    }

    @Test
    void masksAllButTheLastFourDigits() {
        assertEquals("************0001", NikProtector.mask(NIK));
        assertEquals(null, NikProtector.mask(null));
    }

    @Test
    void aSealedNikOpensOnlyForItsOwnRequest() {
        NikProtector protector = protector(Optional.of(randomKey()), false);
        byte[] sealed = protector.encrypt(NIK, REQUEST);
        assertThrows(IllegalStateException.class, () -> protector.decrypt(sealed, UUID.randomUUID()));
    }

    @Test
    void nikSealedBeforeKeyIdsAreStillRead() throws Exception {
        String key = randomKey();
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(key), "AES"),
                new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(NIK.getBytes(StandardCharsets.UTF_8));
        byte[] v1 = ByteBuffer.allocate(1 + iv.length + sealed.length)
                .put((byte) 1)
                .put(iv)
                .put(sealed)
                .array();
        assertEquals(NIK, protector(Optional.of(key), false).decrypt(v1, REQUEST));
        // With a key ring as well, nik-key still opens what it sealed.
        assertEquals(
                NIK,
                protector(Optional.of(key), Map.of("k2027", randomKey()), "k2027", randomKey(), false)
                        .decrypt(v1, REQUEST));
    }

    @Test
    void keysRotateAndEveryNikNamesItsKey() {
        String k2026 = randomKey();
        String k2027 = randomKey();
        String lookup = randomKey();
        byte[] old = protector(Optional.empty(), Map.of("k2026", k2026), "k2026", lookup, false)
                .encrypt(NIK, REQUEST);
        NikProtector rotated =
                protector(Optional.empty(), Map.of("k2026", k2026, "k2027", k2027), "k2027", lookup, false);
        assertEquals(NIK, rotated.decrypt(old, REQUEST));
        byte[] fresh = rotated.encrypt(NIK, REQUEST);
        assertTrue(new String(fresh, StandardCharsets.ISO_8859_1).contains("k2027"));
        NikProtector withoutOld = protector(Optional.empty(), Map.of("k2027", k2027), "k2027", lookup, false);
        assertEquals(NIK, withoutOld.decrypt(fresh, REQUEST));
        IllegalStateException missing =
                assertThrows(IllegalStateException.class, () -> withoutOld.decrypt(old, REQUEST));
        assertTrue(missing.getMessage().contains("k2026"), missing.getMessage());
        // The identity hash does not depend on the encryption keys.
        assertEquals(
                protector(Optional.empty(), Map.of("k2026", k2026), "k2026", lookup, false)
                        .identityHash(NIK),
                withoutOld.identityHash(NIK));
        assertThrows(
                IllegalStateException.class,
                () -> protector(Optional.empty(), Map.of("k2026", k2026), "k2099", lookup, false));
    }

    @Test
    void aSeparateLookupKeyStillFindsTheHashesOfTheDerivedOne() {
        String key = randomKey();
        String derived = protector(Optional.of(key), false).identityHash(NIK);
        NikProtector separate = protector(Optional.of(key), Map.of(), null, randomKey(), false);
        List<String> hashes = separate.identityHashes(NIK);
        assertEquals(2, hashes.size());
        assertEquals(separate.identityHash(NIK), hashes.get(0));
        assertNotEquals(derived, hashes.get(0));
        assertEquals(derived, hashes.get(1));
        assertEquals(List.of(derived), protector(Optional.of(key), false).identityHashes(NIK));
    }
}
