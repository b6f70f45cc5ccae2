package id.go.cilegon.ppid.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets are generated once, kept private, and reused by every later start. */
class SecretsTest {

    @TempDir
    Path dir;

    @Test
    void generatedOnceAndReused() throws Exception {
        Path file = dir.resolve("secrets.env");
        Secrets first = Secrets.load(file);
        first.ensure(List.of(Secrets.NIK_KEY, "OPD_SYSTEM_DLH_SECRET"));
        first.save();

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(32, Base64.getDecoder().decode(first.get(Secrets.NIK_KEY)).length, "an AES-256 key");
        assertNotEquals(first.get(Secrets.NIK_KEY), first.get("OPD_SYSTEM_DLH_SECRET"));

        Secrets second = Secrets.load(file);
        assertEquals(first.get(Secrets.NIK_KEY), second.get(Secrets.NIK_KEY));
        assertEquals(first.get("OPD_SYSTEM_DLH_SECRET"), second.get("OPD_SYSTEM_DLH_SECRET"));
    }
}
