package id.go.cilegon.ppid.kit.clock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileClockTest {

    private static final Duration SLACK = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void withoutAFileItIsTheSystemClock() {
        FileClock clock = FileClock.of(dir.resolve("clock.properties"));
        assertClose(Instant.now(), clock.instant());
    }

    @Test
    void followsTheFileAndKeepsRunning() {
        Path file = dir.resolve("clock.properties");
        FileClock clock = FileClock.of(file);
        Instant virtual = Instant.parse("2026-07-06T02:00:00Z");
        FileClock.set(file, virtual);
        Instant seen = clock.instant();
        assertClose(virtual, seen);
        assertTrue(!clock.instant().isBefore(seen), "virtual time never runs backwards while the file is unchanged");

        Instant later = Instant.parse("2026-07-21T02:00:00Z");
        FileClock.set(file, later);
        assertClose(later, clock.instant());
    }

    @Test
    void aBrokenFileKeepsThePreviousTime() throws Exception {
        Path file = dir.resolve("clock.properties");
        FileClock clock = FileClock.of(file);
        Instant virtual = Instant.parse("2026-07-06T02:00:00Z");
        FileClock.set(file, virtual);
        clock.instant();
        Files.writeString(file, "virtual=not-an-instant\n");
        Files.setLastModifiedTime(
                file, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(10)));
        assertClose(virtual, clock.instant());
    }

    private static void assertClose(Instant expected, Instant actual) {
        assertTrue(
                Duration.between(expected, actual).abs().compareTo(SLACK) < 0,
                "expected about " + expected + " but was " + actual);
    }
}
