package id.go.cilegon.ppid.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the devstack keeps its state and which ports it uses: defaults, overridden by {@code PPID_*} environment
 * variables. The values in effect are saved for {@code ./ppid status}, which may run with another environment.
 */
final class Settings {

    /** Folder of the state (data, logs, mail, secrets) unless {@code PPID_DEVSTACK_DIR} says otherwise. */
    static final String STATE_DIR = ".devstack";

    private static final String SAVED = "run.properties";

    private final Path root;
    private final Path state;
    private final Map<String, String> values;
    private final Map<String, String> remembered = new LinkedHashMap<>();

    Settings(Path root, Path state, Map<String, String> values) {
        this.root = root.toAbsolutePath().normalize();
        this.state = state.toAbsolutePath().normalize();
        this.values = Map.copyOf(values);
    }

    /** Settings of a launcher started from {@code root} with the current environment. */
    static Settings fromEnvironment(Path root) {
        Map<String, String> env = System.getenv();
        String dir = env.get("PPID_DEVSTACK_DIR");
        Path state = dir == null || dir.isBlank() ? root.resolve(STATE_DIR) : Path.of(dir);
        return new Settings(root, state, env);
    }

    /** The settings a running launcher saved, or these settings if none were saved. */
    Settings savedOrThis() {
        Path file = state.resolve(SAVED);
        if (!Files.isRegularFile(file)) {
            return this;
        }
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (IOException e) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(values);
        saved.stringPropertyNames().forEach(k -> merged.put(k, saved.getProperty(k)));
        return new Settings(root, state, merged);
    }

    /** Keeps a value in effect for {@link #save()}. */
    void remember(String name, String value) {
        remembered.put(name, value);
    }

    /** Records the settings in effect (the ports every part asked for, and what was remembered). */
    void save() {
        Properties out = new Properties();
        remembered.forEach(out::setProperty);
        try (Writer w = Files.newBufferedWriter(state.resolve(SAVED), StandardCharsets.UTF_8)) {
            out.store(w, "settings of the running devstack, read by ./ppid status");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port named by environment variable {@code setting}, else {@code defaultPort}. */
    int port(String setting, int defaultPort) {
        String raw = values.get(setting);
        int port = defaultPort;
        if (raw != null && !raw.isBlank()) {
            try {
                port = Integer.parseInt(raw.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(setting + "=" + raw + " is not a port number");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(setting + "=" + raw + " is not a port number (1-65535)");
            }
        }
        remembered.put(setting, Integer.toString(port));
        return port;
    }

    /** The services' packaged build folder under {@code target/} unless {@code PPID_SERVICE_APP} says otherwise. */
    static final String DEFAULT_SERVICE_APP = "quarkus-app";

    /**
     * Which packaged build of each service runs ({@code PPID_SERVICE_APP}): {@code quarkus-app} (production build),
     * or {@code e2e-app}, the build with the controlled clock that only the end-to-end test ({@code e2e/}) uses.
     */
    String serviceApp() {
        String app = value("PPID_SERVICE_APP", DEFAULT_SERVICE_APP).trim();
        if (!app.matches("[A-Za-z0-9._-]+") || app.startsWith(".")) {
            throw new IllegalArgumentException("PPID_SERVICE_APP=" + app + " is not a folder name under target/");
        }
        return app;
    }

    /** How long each part may take to become healthy ({@code PPID_STARTUP_TIMEOUT}, seconds). */
    Duration startupTimeout() {
        String raw = values.get("PPID_STARTUP_TIMEOUT");
        return Duration.ofSeconds(raw == null || raw.isBlank() ? 300 : Long.parseLong(raw.trim()));
    }

    /** An environment-style setting, or {@code defaultValue}. */
    String value(String name, String defaultValue) {
        String v = values.get(name);
        return v == null || v.isBlank() ? defaultValue : v;
    }

    /** The repository root (where {@code ./ppid} is). */
    Path root() {
        return root;
    }

    /** The state folder, {@code .devstack/} by default. */
    Path state() {
        return state;
    }

    Path logs() {
        return state.resolve("logs");
    }

    Path logFile(String partName) {
        return logs().resolve(partName + ".log");
    }

    /** A path relative to the repository root when it is inside it, for shorter messages. */
    String show(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
    }
}
