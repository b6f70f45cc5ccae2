package id.go.cilegon.ppid.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * What the demo data has done so far, in {@code .devstack/demo-data.properties}: per demo request its id and how many
 * of its steps are done, and whether everything is done. Written after every item (atomically), so a start that
 * fails half-way resumes where it stopped and never files a request twice.
 */
final class DemoMarker {

    static final String FILE = "demo-data.properties";
    private static final String COMPLETE = "complete";

    private final Path file;
    private final Properties values = new Properties();

    private DemoMarker(Path file) {
        this.file = file;
    }

    /** The marker in {@code stateDir}; empty when none was written yet. */
    static DemoMarker load(Path stateDir) throws IOException {
        DemoMarker m = new DemoMarker(stateDir.resolve(FILE));
        if (Files.isRegularFile(m.file)) {
            try (Reader in = Files.newBufferedReader(m.file, StandardCharsets.UTF_8)) {
                m.values.load(in);
            }
        }
        return m;
    }

    Path file() {
        return file;
    }

    /** Whether every demo request and step was done (and the index checked) on an earlier start. */
    boolean complete() {
        return "true".equals(values.getProperty(COMPLETE));
    }

    /** The id of a demo request already filed. */
    Optional<UUID> requestId(String key) {
        String v = values.getProperty("request." + key + ".id");
        return v == null ? Optional.empty() : Optional.of(UUID.fromString(v));
    }

    /** How many steps of a demo request are done. */
    int stepsDone(String key) {
        return Integer.parseInt(values.getProperty("request." + key + ".steps", "0"));
    }

    void filed(String key, UUID id) throws IOException {
        values.setProperty("request." + key + ".id", id.toString());
        values.setProperty("request." + key + ".steps", "0");
        save();
    }

    void stepDone(String key, int stepsDone) throws IOException {
        values.setProperty("request." + key + ".steps", Integer.toString(stepsDone));
        save();
    }

    void markComplete() throws IOException {
        values.setProperty(COMPLETE, "true");
        save();
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            // sorted, one demo request after the other (keys and values are plain: names, UUIDs, numbers)
            w.write(
                    "# demo data seeded by ./ppid up (devstack/README.md). Delete this file and the demo data is checked"
                            + "\n# again: requests already filed are found again by their Idempotency-Key, steps already taken"
                            + "\n# are recognised by the request's state.\n");
            for (String key : new java.util.TreeSet<>(values.stringPropertyNames())) {
                w.write(key + "=" + values.getProperty(key) + "\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
