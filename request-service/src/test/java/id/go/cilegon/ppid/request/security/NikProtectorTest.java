package id.go.cilegon.ppid.request.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.request.config.SecurityConfig;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NikProtectorTest {

    private static final String NIK = "3672011508900001";

    private static NikProtector protector(Optional<String> key, boolean ephemeral) {
        NikProtector protector = new NikProtector();
        protector.config = new SecurityConfig() {
            @Override
            public Optional<String> nikKey() {
                return key;
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
        byte[] first = protector.encrypt(NIK);
        byte[] second = protector.encrypt(NIK);
        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains(NIK));
        assertNotEquals(
                Base64.getEncoder().encodeToString(first), Base64.getEncoder().encodeToString(second));
        assertEquals(NIK, protector.decrypt(first));
        assertEquals(NIK, protector.decrypt(second));
    }

    @Test
    void tamperedCiphertextOrAnotherKeyIsRefused() {
        String key = randomKey();
        byte[] sealed = protector(Optional.of(key), false).encrypt(NIK);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(
                IllegalStateException.class,
                () -> protector(Optional.of(key), false).decrypt(tampered));
        assertThrows(
                IllegalStateException.class,
                () -> protector(Optional.of(randomKey()), false).decrypt(sealed));
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
        assertEquals(NIK, protector.decrypt(protector.encrypt(NIK)));
    }

    @Test
    void masksAllButTheLastFourDigits() {
        assertEquals("************0001", NikProtector.mask(NIK));
        assertEquals(null, NikProtector.mask(null));
    }
}
