package id.go.cilegon.ppid.testing;

import id.go.cilegon.ppid.testing.internal.PostgresNode;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The PostgreSQL 17 server that tests of this JVM share: an embedded one, or an external one named by
 * {@value #URL_ENV}.
 *
 * <p>Embedded, it is a real PostgreSQL 17 started from the zonky binaries on first use (as root it runs itself
 * under {@code unshare -U}), on a free port of localhost, and stopped when the JVM exits. Set {@value #URL_ENV}
 * (a JDBC URL such as {@code jdbc:postgresql://db.example:5432/postgres}) with {@value #USER_ENV} and
 * {@value #PASSWORD_ENV} to use another server instead. Either way {@link #createDatabase()} gives each caller
 * its own empty database, unless the external user may not create databases.
 */
public final class EmbeddedPostgresServer {

    /** Environment variable with the JDBC URL of an external server to use instead of the embedded one. */
    public static final String URL_ENV = "PPID_TEST_POSTGRES_URL";
    /** Environment variable with the user for {@value #URL_ENV}. */
    public static final String USER_ENV = "PPID_TEST_POSTGRES_USER";
    /** Environment variable with the password for {@value #URL_ENV}. */
    public static final String PASSWORD_ENV = "PPID_TEST_POSTGRES_PASSWORD";

    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    // jdbc:postgresql://host[:port][,host[:port]...][/database][?parameters]
    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(\\?.*)?$");

    private static final AtomicInteger DATABASES = new AtomicInteger();
    // Several JVMs (or machines) may share an external server: names must not collide between them.
    private static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);

    private static TestDatabase server;
    private static boolean embedded;

    private EmbeddedPostgresServer() {}

    /** The server's maintenance database (where databases are created from), starting the server if needed. */
    public static synchronized TestDatabase maintenanceDatabase() {
        if (server == null) {
            @SuppressWarnings("unchecked")
            Map<String, String> node = (Map<String, String>) JvmWide.call("PostgresNode", "server");
            String url = node.get(PostgresNode.URL);
            Matcher matcher = JDBC_URL.matcher(url);
            if (!matcher.matches()) {
                throw new IllegalStateException(URL_ENV + " must be a jdbc:postgresql:// URL, not " + url);
            }
            String username = node.get(PostgresNode.USERNAME);
            // Without a database in the URL, PostgreSQL connects to the one named after the user.
            String name = matcher.group(2) == null || matcher.group(2).isEmpty() ? username : matcher.group(2);
            server = new TestDatabase(name, url, username, node.get(PostgresNode.PASSWORD), false);
            embedded = Boolean.parseBoolean(node.get(PostgresNode.EMBEDDED));
        }
        return server;
    }

    /** A DataSource for the maintenance database, e.g. for a plain JUnit test that needs no database of its own. */
    public static DataSource dataSource() {
        return maintenanceDatabase().dataSource();
    }

    /** Whether the tests use an external server ({@value #URL_ENV} is set). */
    public static synchronized boolean isExternal() {
        maintenanceDatabase();
        return !embedded;
    }

    /**
     * Creates an empty database for one test class or application start.
     *
     * <p>On an external server whose user may not create databases, returns the database of {@value #URL_ENV}
     * itself, marked not {@linkplain TestDatabase#fresh() fresh}: the tests then share it and must not expect it to
     * be empty.
     */
    public static TestDatabase createDatabase() {
        TestDatabase maintenance = maintenanceDatabase();
        String name = "ppid_test_" + RUN_ID + "_" + DATABASES.incrementAndGet();
        try (Connection connection = maintenance.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (!isExternal() || !INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create database " + name, e);
            }
            LOG.log(
                    Level.WARNING,
                    "User {0} may not create databases on {1}: tests share that database",
                    maintenance.username(),
                    maintenance.jdbcUrl());
            return maintenance;
        }
        return new TestDatabase(
                name, withDatabase(maintenance.jdbcUrl(), name), maintenance.username(), maintenance.password(), true);
    }

    /** Drops a database made by {@link #createDatabase()}, closing its remaining connections; ignores a shared one. */
    public static void dropDatabase(TestDatabase database) {
        if (!database.fresh()) {
            return;
        }
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
        } catch (SQLException e) {
            // Left over, it only costs disk space on the test server; the test's outcome does not depend on it.
            LOG.log(Level.WARNING, "Could not drop test database " + database.name(), e);
        }
    }

    static String withDatabase(String jdbcUrl, String database) {
        Matcher matcher = JDBC_URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a jdbc:postgresql:// URL: " + jdbcUrl);
        }
        String parameters = matcher.group(3) == null ? "" : matcher.group(3);
        return matcher.group(1) + "/" + database + parameters;
    }
}
