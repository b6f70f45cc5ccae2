package id.go.cilegon.ppid.testing.quarkus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

final class QuarkusDatabaseAssertions {

    private QuarkusDatabaseAssertions() {}

    /**
     * Checks that the application talks to PostgreSQL 17 in a database made for it. Both Quarkus tests create the
     * same table: had they shared a database, whichever ran second would fail, in either order.
     */
    static void assertOwnPostgres17Database(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("select current_database(), version()")) {
                assertTrue(result.next());
                assertTrue(result.getString(1).startsWith("ppid_test_"), result.getString(1));
                assertTrue(result.getString(2).startsWith("PostgreSQL 17."), result.getString(2));
            }
            statement.execute("create table outbox (id bigint primary key)");
        }
    }
}
