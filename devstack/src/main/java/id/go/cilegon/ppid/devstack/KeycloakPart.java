package id.go.cilegon.ppid.devstack;

import id.go.cilegon.ppid.testing.keycloak.KeycloakDistribution;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from its official distribution ({@code keycloak-quarkus-dist} zip from Maven Central), unzipped once
 * into a home folder that also keeps its data (H2 dev database), started with {@code kc.sh start-dev} and the
 * {@code ppid} realm imported on first start.
 */
final class KeycloakPart implements Part {

    static final int DEFAULT_PORT = 8180;
    static final String PORT_SETTING = "PPID_PORT_KEYCLOAK";
    static final String REALM = "ppid";
    static final String ADMIN_USER = "admin";
    private static final String VERSION_MARKER = ".ppid-keycloak-version";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private final Path home;
    private final Path realmFile;
    private final Path log;
    private final int port;
    private final Secrets secrets;
    private final MailPart mail;
    private ChildProcess process;

    KeycloakPart(Path home, Path realmFile, Path log, int port, Secrets secrets, MailPart mail) {
        this.home = home;
        this.realmFile = realmFile;
        this.log = log;
        this.port = port;
        this.secrets = secrets;
        this.mail = mail;
    }

    /**
     * The realm's SMTP settings: devstack's own SMTP server, which keeps every message as a file (the link that
     * verifies a new account's address is there).
     */
    private Map<String, String> smtp() {
        return Map.of(
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(mail.port()),
                "SMTP_FROM", "ppid@ppid.cilegon.example",
                "SMTP_STARTTLS", "false",
                "SMTP_AUTH", "false",
                "SMTP_USER", "-",
                "SMTP_PASSWORD", "-");
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public List<Port> ports() {
        return List.of(new Port(port, PORT_SETTING));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer the services trust. */
    String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** The placeholders whose values are generated secrets (the OPD systems' client secrets), not SMTP settings. */
    List<String> secretPlaceholders() throws IOException {
        Map<String, String> smtp = smtp();
        return placeholders().stream().filter(name -> !smtp.containsKey(name)).toList();
    }

    /** Names of the {@code ${NAME}} placeholders of the realm file (the OPD systems' client secrets, SMTP). */
    List<String> placeholders() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(Files.readString(realmFile, StandardCharsets.UTF_8));
        while (m.find()) {
            names.add(m.group(1));
        }
        return new ArrayList<>(names);
    }

    @Override
    public void start() throws IOException {
        if (!Files.isRegularFile(realmFile)) {
            throw new IllegalStateException("The realm file " + realmFile + " is missing");
        }
        unzipOnce();
        Files.createDirectories(home.resolve("data/import"));
        // Keycloak imports it only while the realm does not exist; later starts keep the realm as it was changed
        Files.copy(
                realmFile, home.resolve("data/import/" + REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        KeycloakDistribution.installDenyList(home, realmFile);

        Map<String, String> env = new HashMap<>(System.getenv());
        // no Keycloak/Quarkus configuration or JVM options leak in from the user's shell
        env.keySet()
                .removeIf(k -> k.startsWith("KC_")
                        || k.startsWith("QUARKUS_")
                        || k.startsWith("KEYCLOAK_")
                        || k.startsWith("JAVA_OPTS")
                        || k.equals("JAVA_ADD_OPENS")
                        || k.equals("DEBUG")
                        || k.equals("DEBUG_PORT"));
        String javaHome = System.getProperty("java.home");
        env.put("JAVA_HOME", javaHome);
        env.put("PATH", Path.of(javaHome, "bin") + java.io.File.pathSeparator + env.getOrDefault("PATH", ""));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.get(Secrets.KEYCLOAK_ADMIN_PASSWORD));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        Map<String, String> smtp = smtp();
        for (String name : placeholders()) {
            env.put(name, smtp.containsKey(name) ? smtp.get(name) : secrets.get(name));
        }
        secrets.save();
        process = ChildProcess.start(
                name(),
                List.of(
                        "/bin/sh",
                        "bin/kc.sh",
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--import-realm"),
                home,
                env,
                log);
    }

    private void unzipOnce() throws IOException {
        String version = KeycloakDistribution.version();
        Path marker = home.resolve(VERSION_MARKER);
        if (Files.isRegularFile(marker)) {
            String installed = Files.readString(marker, StandardCharsets.UTF_8).trim();
            if (!installed.equals(version)) {
                throw new IllegalStateException("Keycloak " + installed + " is installed in " + home + " but this "
                        + "build wants " + version + ". Delete " + home + " to install it (its users and realm "
                        + "changes are lost; the ppid realm is imported again).");
            }
            return;
        }
        Path zip = KeycloakDistribution.zip();
        System.out.println("  keycloak: unzipping Keycloak " + version + " into " + home + " (first start only)");
        Path staging = home.resolveSibling(home.getFileName() + ".unzipping");
        deleteTree(staging);
        Files.createDirectories(staging);
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String entryName = entry.getName();
                int slash = entryName.indexOf('/');
                if (slash < 0 || slash == entryName.length() - 1) {
                    continue; // the top-level "keycloak-x.y.z/" folder itself
                }
                Path target = staging.resolve(entryName.substring(slash + 1)).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Unsafe zip entry " + entryName);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zf.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (target.getFileName().toString().endsWith(".sh")) {
                    target.toFile().setExecutable(true);
                }
            }
        }
        Files.writeString(staging.resolve(VERSION_MARKER), version, StandardCharsets.UTF_8);
        deleteTree(home); // a half-unzipped home of an interrupted first start
        Files.createDirectories(home.getParent());
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public Health health() {
        if (process != null && !process.isAlive()) {
            return Health.down("exited with code " + process.exitCode());
        }
        return Probe.http(realmUrl() + "/.well-known/openid-configuration", null);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
    }

    @Override
    public List<String> describe() {
        return List.of(
                "Keycloak " + KeycloakDistribution.version() + "    " + baseUrl() + "   realm " + REALM + ": "
                        + realmUrl(),
                "  admin console    " + baseUrl() + "/admin/master/console/#/" + REALM + "   user " + ADMIN_USER
                        + ", password " + secrets.get(Secrets.KEYCLOAK_ADMIN_PASSWORD),
                "  account console  " + realmUrl() + "/account   (log in as a demo user)");
    }

    @Override
    public Path log() {
        return log;
    }
}
