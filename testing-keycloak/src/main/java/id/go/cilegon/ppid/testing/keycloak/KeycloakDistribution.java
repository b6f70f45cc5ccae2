package id.go.cilegon.ppid.testing.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the {@code keycloak-quarkus-dist} zip and prepares a private Keycloak home directory for one server.
 *
 * <p>The zip is extracted once into a cache directory (default {@code ${java.io.tmpdir}/ppid-keycloak}); every
 * server then gets its own copy of it (≈170 MiB, a fraction of a second), so servers in parallel JVMs never share
 * {@code data/}. The first {@code start-dev} re-augments Keycloak (≈20 s); the result ({@code lib/quarkus}) is
 * copied back into the cache so later servers skip that step. A file lock guards the cache across JVMs.
 */
public final class KeycloakDistribution {

    /** System property (or env {@code PPID_KEYCLOAK_DIST}): path of the dist zip, overriding the lookup. */
    public static final String DIST_PROPERTY = "ppid.keycloak.dist";
    /** System property: cache directory for the extracted distribution and the server homes. */
    public static final String CACHE_DIR_PROPERTY = "ppid.keycloak.cache-dir";

    private static final String EXTRACTED_MARKER = ".ppid-extracted";
    private static final String AUGMENTED_MARKER = ".ppid-augmented-dev";
    private static final String RUN_PREFIX = "run-";
    private static final String PID_FILE = ".ppid-owner-pid";

    private static final Properties BUILD_INFO = loadBuildInfo();

    private KeycloakDistribution() {}

    /** The Keycloak version this module was built for (from the POM, e.g. {@code 26.5.6}). */
    public static String version() {
        return BUILD_INFO.getProperty("keycloak.version");
    }

    /**
     * Locates the dist zip: {@value #DIST_PROPERTY} system property, {@code PPID_KEYCLOAK_DIST} env, the local
     * repository named by {@code maven.repo.local}, the local repository this module was built with, then
     * {@code ~/.m2/repository}.
     */
    public static Path zip() {
        List<Path> candidates = new ArrayList<>();
        String explicit = firstNonBlank(System.getProperty(DIST_PROPERTY), System.getenv("PPID_KEYCLOAK_DIST"));
        if (explicit != null) {
            Path p = Paths.get(explicit);
            if (Files.isRegularFile(p)) {
                return p;
            }
            throw new IllegalStateException(
                    "Keycloak distribution " + p + " (from " + DIST_PROPERTY + " / PPID_KEYCLOAK_DIST) does not exist");
        }
        Set<String> repos = new LinkedHashSet<>();
        addIfNotBlank(repos, System.getProperty("maven.repo.local"));
        addIfNotBlank(repos, BUILD_INFO.getProperty("maven.localRepository"));
        repos.add(
                Paths.get(System.getProperty("user.home"), ".m2", "repository").toString());
        String relative = BUILD_INFO.getProperty("keycloak.dist.groupId").replace('.', '/') + "/"
                + BUILD_INFO.getProperty("keycloak.dist.artifactId") + "/" + version() + "/"
                + BUILD_INFO.getProperty("keycloak.dist.artifactId") + "-" + version() + ".zip";
        for (String repo : repos) {
            if (repo.contains("${")) {
                continue; // unfiltered resource (e.g. run from an IDE without Maven filtering)
            }
            Path p = Paths.get(repo).resolve(relative);
            candidates.add(p);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("Keycloak distribution zip not found; looked at " + candidates
                + ". Depend on id.go.cilegon.ppid:testing-keycloak (it declares org.keycloak:keycloak-quarkus-dist:"
                + version() + ":zip so Maven downloads it), or fetch it with: ./mvnw dependency:get"
                + " -Dartifact=org.keycloak:keycloak-quarkus-dist:" + version() + ":zip -Dtransitive=false,"
                + " or point -D" + DIST_PROPERTY + " at a copy.");
    }

    /** Cache directory for the extracted distribution and the per-server homes. */
    public static Path cacheDir() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY);
        return configured != null && !configured.isBlank()
                ? Paths.get(configured)
                : Paths.get(System.getProperty("java.io.tmpdir"), "ppid-keycloak");
    }

    /**
     * Creates a fresh Keycloak home (a copy of the cached, extracted distribution) owned by this JVM. Homes of
     * JVMs that died without cleaning up are removed on the way.
     */
    static Path newHome() {
        Path cache = cacheDir();
        Path template = cache.resolve("keycloak-" + version());
        try {
            Files.createDirectories(cache);
            return withCacheLock(cache, () -> {
                removeOrphanedHomes(cache);
                if (!Files.exists(template.resolve(EXTRACTED_MARKER))) {
                    extract(zip(), cache, template);
                }
                Path home = Files.createTempDirectory(cache, RUN_PREFIX);
                Files.writeString(
                        home.resolve(PID_FILE),
                        Long.toString(ProcessHandle.current().pid()));
                copyTree(template, home);
                return home;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a Keycloak home in " + cache, e);
        }
    }

    /**
     * After a successful {@code start-dev} in {@code home}: keep its re-augmented {@code lib/quarkus} in the cache
     * so later servers start without the ≈20 s build step.
     */
    static void publishAugmentation(Path home) {
        Path cache = cacheDir();
        Path template = cache.resolve("keycloak-" + version());
        if (Files.exists(template.resolve(AUGMENTED_MARKER))) {
            return;
        }
        try {
            withCacheLock(cache, () -> {
                if (!Files.exists(template.resolve(AUGMENTED_MARKER))) {
                    Path built = home.resolve("lib/quarkus");
                    Path target = template.resolve("lib/quarkus");
                    Files.createDirectories(target);
                    try (Stream<Path> files = Files.list(built)) {
                        for (Path f : (Iterable<Path>) files::iterator) {
                            Files.copy(
                                    f, target.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                    Files.writeString(template.resolve(AUGMENTED_MARKER), "start-dev");
                }
                return null;
            });
        } catch (IOException e) {
            // only an optimisation
            System.getLogger(KeycloakDistribution.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not cache the augmented Keycloak build", e);
        }
    }

    static void deleteHome(Path home) {
        deleteTree(home);
    }

    // ------------------------------------------------------------------------------------------------------------

    private interface IoAction<T> {
        T run() throws IOException;
    }

    private static <T> T withCacheLock(Path cache, IoAction<T> action) throws IOException {
        Path lockFile = cache.resolve("keycloak-" + version() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            return action.run();
        }
    }

    private static void extract(Path zip, Path cache, Path template) throws IOException {
        deleteTree(template);
        Path staging = Files.createTempDirectory(cache, "extract-");
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top-level "keycloak-x.y.z/" folder itself
                }
                String relative = name.substring(slash + 1);
                Path target = staging.resolve(relative).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Unsafe zip entry " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zf.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (relative.startsWith("bin/") && relative.endsWith(".sh")) {
                    makeExecutable(target);
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        Files.writeString(staging.resolve(EXTRACTED_MARKER), zip.toString());
        Files.move(staging, template, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            // not POSIX: kc.sh is started through /bin/sh anyway
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(dir);
                if (rel.toString().equals("data")) {
                    return FileVisitResult.SKIP_SUBTREE; // every server gets its own, empty data/
                }
                try {
                    Files.createDirectories(to.resolve(rel.toString()));
                } catch (FileAlreadyExistsException ignored) {
                    // fine
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(file);
                String name = rel.getFileName().toString();
                if (name.equals(EXTRACTED_MARKER) || name.equals(AUGMENTED_MARKER)) {
                    return FileVisitResult.CONTINUE;
                }
                Files.copy(
                        file,
                        to.resolve(rel.toString()),
                        StandardCopyOption.COPY_ATTRIBUTES,
                        StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void removeOrphanedHomes(Path cache) throws IOException {
        try (Stream<Path> dirs = Files.list(cache)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (!Files.isDirectory(dir) || !(name.startsWith(RUN_PREFIX) || name.startsWith("extract-"))) {
                    continue;
                }
                Path pidFile = dir.resolve(PID_FILE);
                boolean alive = false;
                if (Files.exists(pidFile)) {
                    try {
                        long pid = Long.parseLong(Files.readString(pidFile).trim());
                        alive = ProcessHandle.of(pid)
                                .map(ProcessHandle::isAlive)
                                .orElse(false);
                    } catch (NumberFormatException e) {
                        alive = false;
                    }
                }
                if (!alive) {
                    deleteTree(dir);
                }
            }
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.getLogger(KeycloakDistribution.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not delete " + root, e);
        }
    }

    private static Properties loadBuildInfo() {
        Properties p = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("/ppid-testing-keycloak.properties")) {
            if (in == null) {
                throw new IllegalStateException("ppid-testing-keycloak.properties missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static void addIfNotBlank(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    /**
     * Puts the realm's list of refused passwords ({@code passwordBlacklist(ppid-deny-list.txt)} in its password policy)
     * where Keycloak reads it, {@code data/password-blacklists/} of {@code home}: without it the realm does not import.
     * The list is the repository's {@code deploy/base/keycloak/ppid-deny-list.txt}, which Kubernetes mounts too.
     */
    public static void installDenyList(Path home, Path realmFile) throws IOException {
        Path list = realmFile.toAbsolutePath().getParent().resolveSibling("base/keycloak/ppid-deny-list.txt");
        Files.createDirectories(home.resolve("data/password-blacklists"));
        Files.copy(
                list, home.resolve("data/password-blacklists/ppid-deny-list.txt"), StandardCopyOption.REPLACE_EXISTING);
    }
}
