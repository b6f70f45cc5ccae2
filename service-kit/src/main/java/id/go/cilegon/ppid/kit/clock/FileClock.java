package id.go.cilegon.ppid.kit.clock;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A clock moved by a file, for the end-to-end test only: the file says "virtual instant V was set at real instant
 * R" and the clock answers V + (now - R), so virtual time keeps running. The file is read again whenever its
 * modification time changes; without the file the clock is the system clock.
 *
 * <p>Each service has a {@code ControlledClock} producer that uses this class, and that producer is a bean only
 * in the build made for the end-to-end test ({@code target/e2e-app}); production builds never use it.
 */
public final class FileClock extends Clock {

    private static final Logger LOG = Logger.getLogger(FileClock.class.getName());

    private final Source source;
    private final ZoneId zone;

    private FileClock(Source source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    /** A UTC clock driven by {@code file}. */
    public static FileClock of(Path file) {
        return new FileClock(new Source(file), ZoneOffset.UTC);
    }

    /** Writes {@code file} so that every {@code FileClock} reading it answers {@code virtual} from now on. */
    public static void set(Path file, Instant virtual) {
        String text = "# virtual instant V was set at real instant R: a FileClock answers V + (now - R)\n" + "virtual="
                + virtual + "\nreal=" + Instant.now() + "\n";
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            // readers notice a change by the modification time: make it differ even for two writes in a row
            if (Files.exists(file)) {
                FileTime previous = Files.getLastModifiedTime(file);
                FileTime written = Files.getLastModifiedTime(tmp);
                if (written.compareTo(previous) <= 0) {
                    Files.setLastModifiedTime(
                            tmp, FileTime.from(previous.toInstant().plusMillis(1)));
                }
            }
            // a new file (new modification time) at once, never a half-written one
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(source.offset());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new FileClock(source, zone);
    }

    /** The offset of virtual time, read from the file when it changed. */
    private static final class Source {
        private final Path file;
        private FileTime seen;
        private Duration offset = Duration.ZERO;

        Source(Path file) {
            this.file = file;
        }

        synchronized Duration offset() {
            try {
                FileTime modified = Files.getLastModifiedTime(file);
                if (!modified.equals(seen)) {
                    Properties p = new Properties();
                    p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
                    offset = Duration.between(
                            Instant.parse(p.getProperty("real").trim()),
                            Instant.parse(p.getProperty("virtual").trim()));
                    seen = modified;
                    LOG.info(() -> "Controlled clock: virtual time is now "
                            + Instant.now().plus(offset));
                }
            } catch (NoSuchFileException e) {
                // no file (yet): real time
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Controlled clock: cannot read " + file + "; keeping the previous time", e);
            }
            return offset;
        }
    }
}
