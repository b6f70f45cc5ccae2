package id.go.cilegon.ppid.testing;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database handed to a test: where it is, how to log in, and whether it was created just for it.
 *
 * @param name     the database name
 * @param jdbcUrl  a JDBC URL without credentials
 * @param username the user to log in as
 * @param password the password (the embedded server accepts any)
 * @param fresh    {@code true} if the database was created empty for this test and may be dropped after it;
 *                 {@code false} if it is a shared database (an external server where the user may not create one)
 */
public record TestDatabase(String name, String jdbcUrl, String username, String password, boolean fresh) {

    /** A new, unpooled DataSource for this database. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(username);
        dataSource.setPassword(password);
        return dataSource;
    }
}
