package id.go.cilegon.ppid.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a Quarkus application under test its own empty database on the shared {@link EmbeddedPostgresServer}.
 *
 * <p>Returns {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username} and
 * {@code quarkus.datasource.password}; the service itself sets {@code quarkus.datasource.db-kind=postgresql} and
 * {@code quarkus.datasource.db-version=17}. The database is dropped when the application stops.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedPostgresServer.createDatabase();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password() == null ? "" : database.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            EmbeddedPostgresServer.dropDatabase(database);
            database = null;
        }
    }
}
