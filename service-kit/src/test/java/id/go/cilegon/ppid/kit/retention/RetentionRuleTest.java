package id.go.cilegon.ppid.kit.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

    @Test
    void deletesOneBatchOfRowsOlderThanTheHorizonThatMeetTheCondition() {
        RetentionRule rule =
                new RetentionRule("notification", "created_at", Duration.ofDays(400), "status in ('SENT', 'SKIPPED')");

        assertEquals(
                "delete from notification where ctid in (select ctid from notification where created_at"
                        + " < now() - make_interval(secs => 34560000) and (status in ('SENT', 'SKIPPED')) limit ?1)",
                rule.deleteBatchSql());
    }

    @Test
    void onlyPlainNamesAndAPositiveHorizonAreAccepted() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetentionRule("notification; drop table x", "created_at", Duration.ofDays(1), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetentionRule("notification", "created_at", Duration.ZERO, null));
    }
}
