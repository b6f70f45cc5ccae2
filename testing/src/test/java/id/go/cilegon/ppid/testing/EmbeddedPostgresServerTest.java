package id.go.cilegon.ppid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

class EmbeddedPostgresServerTest {

    @Test
    @DisabledIfEnvironmentVariable(named = EmbeddedPostgresServer.URL_ENV, matches = ".+")
    void runsRealPostgres17() throws SQLException {
        assertFalse(EmbeddedPostgresServer.isExternal());
        assertTrue(queryString(EmbeddedPostgresServer.dataSource(), "select version()")
                .startsWith("PostgreSQL 17."));
        assertEquals(
                "17",
                queryString(EmbeddedPostgresServer.dataSource(), "show server_version_num")
                        .substring(0, 2));
        assertEquals("UTF8", queryString(EmbeddedPostgresServer.dataSource(), "show server_encoding"));
    }

    @Test
    void givesEachCallerItsOwnEmptyDatabase() throws SQLException {
        TestDatabase first = EmbeddedPostgresServer.createDatabase();
        TestDatabase second = EmbeddedPostgresServer.createDatabase();
        try {
            assertTrue(first.fresh());
            assertNotEquals(first.name(), second.name());
            execute(first.dataSource(), "create table request (id text primary key)");
            execute(first.dataSource(), "insert into request values ('PPID-1')");

            assertEquals(first.name(), queryString(first.dataSource(), "select current_database()"));
            assertEquals("1", queryString(first.dataSource(), "select count(*) from request"));
            assertEquals(
                    "0",
                    queryString(
                            second.dataSource(),
                            "select count(*) from information_schema.tables where table_name = 'request'"));
        } finally {
            EmbeddedPostgresServer.dropDatabase(first);
            EmbeddedPostgresServer.dropDatabase(second);
        }
        assertEquals(
                "0",
                queryString(
                        EmbeddedPostgresServer.dataSource(),
                        "select count(*) from pg_database where datname in ('" + first.name() + "', '" + second.name()
                                + "')"));
    }

    @Test
    void dropsADatabaseThatStillHasConnections() throws SQLException {
        TestDatabase database = EmbeddedPostgresServer.createDatabase();
        try (Connection leftOpen = database.dataSource().getConnection()) {
            EmbeddedPostgresServer.dropDatabase(database);
            assertEquals(
                    "0",
                    queryString(
                            EmbeddedPostgresServer.dataSource(),
                            "select count(*) from pg_database where datname = '" + database.name() + "'"));
        }
    }

    @Test
    void quarkusResourceReturnsDatasourceSettingsAndDropsTheDatabaseOnStop() throws SQLException {
        PostgresTestResource resource = new PostgresTestResource();
        Map<String, String> config = resource.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        assertEquals(3, config.size());
        assertTrue(url.startsWith("jdbc:postgresql://"), url);

        TestDatabase database = new TestDatabase(
                url.substring(url.lastIndexOf('/') + 1),
                url,
                config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"),
                true);
        assertEquals(database.name(), queryString(database.dataSource(), "select current_database()"));

        resource.stop();
        assertEquals(
                "0",
                queryString(
                        EmbeddedPostgresServer.dataSource(),
                        "select count(*) from pg_database where datname = '" + database.name() + "'"));
    }

    @Test
    void replacesTheDatabaseOfAJdbcUrl() {
        assertEquals(
                "jdbc:postgresql://db:5432/x",
                EmbeddedPostgresServer.withDatabase("jdbc:postgresql://db:5432/postgres", "x"));
        assertEquals(
                "jdbc:postgresql://db/x?sslmode=require",
                EmbeddedPostgresServer.withDatabase("jdbc:postgresql://db/ppid?sslmode=require", "x"));
        assertEquals(
                "jdbc:postgresql://a:1,b:2/x", EmbeddedPostgresServer.withDatabase("jdbc:postgresql://a:1,b:2", "x"));
        assertEquals(
                "jdbc:postgresql://db/x?ssl=true",
                EmbeddedPostgresServer.withDatabase("jdbc:postgresql://db?ssl=true", "x"));
    }

    private static String queryString(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next(), sql);
            return result.getString(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
