package id.go.cilegon.ppid.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * PostgreSQL 17 (zonky's embedded binaries) on a persistent data directory, with one database and one user (same
 * name) per service. As root, zonky runs the server in a user namespace ({@code unshare -U}).
 */
final class PostgresPart implements Part {

    static final int DEFAULT_PORT = 15432;
    static final String PORT_SETTING = "PPID_PORT_POSTGRES";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final List<String> databases;
    private final String password;
    private EmbeddedPostgres server;

    PostgresPart(Path dataDir, Path log, int port, List<String> databases, String password) {
        for (String db : databases) {
            if (!IDENTIFIER.matcher(db).matches()) {
                throw new IllegalArgumentException("Not a plain database name: " + db);
            }
        }
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        this.databases = List.copyOf(databases);
        this.password = password;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public List<Port> ports() {
        return List.of(new Port(port, PORT_SETTING));
    }

    /** JDBC URL of one service's database. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Password of every service user (the server trusts local connections, so it is not checked). */
    String password() {
        return password;
    }

    @Override
    public void start() throws IOException, SQLException {
        Files.createDirectories(dataDir);
        Files.createDirectories(log.getParent());
        stopOrphan();
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // the launcher's shutdown hook stops the parts in order; zonky must not race it
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky turns this off for tests; a platform whose data must survive keeps every commit
                .setServerConfig("synchronous_commit", "on")
                .setLocaleConfig("locale", "C")
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .start();
        createDatabases(fresh);
    }

    private void createDatabases(boolean fresh) throws SQLException {
        try (Connection c = connect("postgres");
                Statement st = c.createStatement()) {
            for (String db : databases) {
                if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", db)) {
                    st.execute("CREATE ROLE " + db + " LOGIN PASSWORD '" + password + "'");
                } else {
                    st.execute("ALTER ROLE " + db + " PASSWORD '" + password + "'");
                }
                if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db)) {
                    st.execute("CREATE DATABASE " + db + " OWNER " + db + " ENCODING 'UTF8'");
                    if (!fresh) {
                        System.out.println("  postgres: created database " + db);
                    }
                }
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("connectTimeout", "3");
        p.setProperty("socketTimeout", "10");
        return DriverManager.getConnection(jdbcUrl(database), p);
    }

    /**
     * Stops a server left running by a launcher that was killed (kill -9, OOM): the postmaster of our own data
     * directory, so never someone else's. Runs before the port check, which would otherwise report it.
     */
    void stopOrphan() throws IOException {
        Optional<ProcessHandle> orphan = runningPostmaster();
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle h = orphan.get();
        System.out.println("  postgres: stopping the server an earlier ./ppid left running (pid " + h.pid() + ")");
        h.destroy(); // SIGTERM: smart shutdown; its clients died with that launcher
        try {
            h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            h.destroyForcibly();
        }
    }

    private Optional<ProcessHandle> runningPostmaster() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h ->
                            h.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Health health() {
        try (Connection c = connect("postgres");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_setting('server_version')")) {
            rs.next();
            return Health.up("PostgreSQL " + rs.getString(1));
        } catch (SQLException e) {
            return Health.down("cannot connect to 127.0.0.1:" + port + ": " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close(); // pg_ctl stop -m fast
        } catch (IOException e) {
            System.out.println("  postgres: " + e.getMessage());
        }
        server = null;
        // pg_ctl waits only 5 s; make sure the server is really gone before the launcher exits
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try {
            while (runningPostmaster().isPresent() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (IOException e) {
            // nothing more to do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("PostgreSQL 17      jdbc:postgresql://127.0.0.1:" + port + "/<database>, one per service:");
        lines.add("                   " + String.join(", ", databases) + " (user = database name)");
        return lines;
    }

    @Override
    public Path log() {
        return log;
    }
}
