package id.go.cilegon.ppid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlaSweepBenchTest {

    @Test
    void medianOfOddAndEvenRuns() {
        assertEquals(2.0, SlaSweepBench.median(new double[] {9, 1, 2}));
        assertEquals(2.5, SlaSweepBench.median(new double[] {4, 1, 2, 3}));
    }

    @Test
    void planSummaryNamesTheScansAndIndexes() {
        String plan = """
                Limit  (cost=0.86..1.02 rows=1 width=20) (actual time=0.05..0.05 rows=1 loops=1)
                  ->  LockRows  (cost=0.86..4312.2 rows=26000 width=20)
                        ->  Incremental Sort  (cost=527.81..14042.55 rows=26697 width=24)
                              Sort Key: s.fire_on, s.id
                              Presorted Key: s.fire_on
                        ->  Nested Loop  (cost=0.86..4052.2 rows=26000 width=20)
                              ->  Index Scan using sla_step_pending on sla_step s  (cost=0.43..1100 rows=26000)
                              ->  Index Scan using tracked_request_pkey on tracked_request r  (cost=0.42..0.5 rows=1)
                """;
        assertEquals(
                "Index Scan using sla_step_pending on sla_step; Index Scan using tracked_request_pkey on "
                        + "tracked_request; Incremental Sort by s.fire_on, s.id",
                SlaSweepBench.summarize(plan));
    }
}
