package id.go.cilegon.ppid.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.Map;

/**
 * Like {@link PostgresTestResource}, a database of its own for the application under test, but reached through a
 * {@link TcpProxy} that the test can cut to take the database away and restore to bring it back. The proxy is
 * injected into the test's field of type {@link TcpProxy}. Consumers retry at most every second here, so a test
 * ends soon after the database returns.
 */
public class DatabaseOutageResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabase database;
    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        database = EmbeddedPostgresServer.createDatabase();
        URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        proxy = TcpProxy.to(server.getHost(), server.getPort());
        String url = database.jdbcUrl().replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port());
        return Map.of(
                "quarkus.datasource.jdbc.url",
                url,
                "quarkus.datasource.username",
                database.username(),
                "quarkus.datasource.password",
                database.password() == null ? "" : database.password(),
                "quarkus.datasource.jdbc.acquisition-timeout",
                "1s",
                "ppid.consumer.retry.max-backoff",
                "1s",
                "ppid.consumer.report-after",
                "2s");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(TcpProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            EmbeddedPostgresServer.dropDatabase(database);
            database = null;
        }
    }
}
