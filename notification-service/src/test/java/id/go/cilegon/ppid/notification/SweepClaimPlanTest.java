package id.go.cilegon.ppid.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.notification.service.SlaSweep;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.TestClock;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The sweep's claim on a large ladder table (real PostgreSQL, plain JDBC): its plan reads the partial index
 * {@code sla_step_pending_order} in order and never sorts the due steps; and a batch with one failing step still
 * fires the others, marking only that one ERROR.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class SweepClaimPlanTest {

    /** The sweep's "today" in these tests: half of the generated steps fall due by then. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

    @Inject
    DataSource dataSource;

    @Inject
    SlaSweep sweep;

    @Inject
    TestClock clock;

    @Test
    void claimOnTwoHundredThousandPendingStepsUsesTheOrderedIndexWithoutSorting() throws SQLException {
        String marker = marker();
        try (Connection c = dataSource.getConnection()) {
            // 40,000 requests x 5 rungs = 200,000 pending steps, fire dates spread over 20 days around TODAY.
            exec(
                    c,
                    "insert into tracked_request (request_id, registration_number, status, updated_at)"
                            + " select gen_random_uuid(), '" + marker
                            + "', 'OPEN', now() from generate_series(1, 40000)");
            exec(
                    c,
                    "insert into sla_step (request_id, clock, due_date, offset_days, action, recipient, fire_on, status)"
                            + " select r.request_id, 'ANSWER', date '2026-03-19', g, 'REMIND', 'ASSIGNEE',"
                            + " date '2026-02-28' + ((hashtext(r.request_id::text || g) & 2147483647) % 20), 'PENDING'"
                            + " from tracked_request r cross join generate_series(1, 5) g"
                            + " where r.registration_number = '" + marker + "'");
            exec(c, "analyze sla_step");
            exec(c, "analyze tracked_request");

            String plan = explain(c);
            System.out.println("Sweep claim plan with 200,000 pending steps:\n" + plan);
            assertTrue(plan.contains("Index Scan using sla_step_pending_order on sla_step"), plan);
            assertFalse(plan.contains("Sort"), plan);
            assertTrue(plan.contains("LockRows"), plan);
            // The claim returned a full batch: there are due steps, and the index found them.
            String limit = plan.lines()
                    .filter(line -> line.trim().startsWith("Limit"))
                    .findFirst()
                    .orElse("");
            assertTrue(limit.contains(" rows=200 loops=1)"), plan);
        } finally {
            cleanUp(marker);
        }
    }

    @Test
    void aFailingStepRollsBackOnlyItselfNotTheRestOfItsBatch() throws SQLException {
        String marker = marker();
        UUID broken = UUID.randomUUID();
        UUID fine = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            for (UUID id : new UUID[] {broken, fine}) {
                exec(
                        c,
                        "insert into tracked_request (request_id, registration_number, status, updated_at)"
                                + " values ('" + id + "', '" + marker + "', 'OPEN', now())");
            }
            // A step whose recipient no version of this service knows (a bad manual edit): loading it throws.
            exec(
                    c,
                    "insert into sla_step (request_id, clock, due_date, offset_days, action, recipient, fire_on, status)"
                            + " values ('" + broken + "', 'ANSWER', date '2026-03-19', -3, 'REMIND', 'NOBODY', date '"
                            + TODAY + "', 'PENDING')");
            // No clock at all: fires as CANCELLED, in the same batch as the broken step.
            exec(
                    c,
                    "insert into sla_step (request_id, clock, due_date, offset_days, action, recipient, fire_on, status)"
                            + " values ('" + fine + "', 'ANSWER', date '2026-03-19', -3, 'REMIND', 'ASSIGNEE', date '"
                            + TODAY + "', 'PENDING')");

            clock.officeHours(TODAY);
            SlaSweep.Result result = sweep.sweep();

            assertTrue(result.failed() >= 1, result.toString());
            assertEquals("ERROR", stepStatus(c, broken));
            assertTrue(stepNote(c, broken).contains("NOBODY"), stepNote(c, broken));
            assertEquals("CANCELLED", stepStatus(c, fine));
        } finally {
            cleanUp(marker);
        }
    }

    private static String marker() {
        return "PLAN-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String explain(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        // EXPLAIN ANALYZE really takes the row locks: roll back so nothing stays claimed.
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) "
                + SlaSweep.CLAIM_SQL.replace("?1", "?").replace("?2", "?"))) {
            ps.setObject(1, TODAY);
            ps.setInt(2, 200);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    private static String stepStatus(Connection c, UUID requestId) throws SQLException {
        return single(c, "select status from sla_step where request_id = '" + requestId + "'");
    }

    private static String stepNote(Connection c, UUID requestId) throws SQLException {
        return single(c, "select coalesce(note, '') from sla_step where request_id = '" + requestId + "'");
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private void cleanUp(String marker) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String mine = "(select request_id from tracked_request where registration_number = '" + marker + "')";
            exec(c, "delete from sla_step where request_id in " + mine);
            exec(c, "delete from sla_deadline where request_id in " + mine);
            exec(c, "delete from notification where request_id in " + mine);
            exec(c, "delete from tracked_request where registration_number = '" + marker + "'");
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
