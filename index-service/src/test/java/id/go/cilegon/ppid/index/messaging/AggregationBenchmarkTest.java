package id.go.cilegon.ppid.index.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.index.Events;
import id.go.cilegon.ppid.index.domain.Contribution;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.IndexWeights;
import id.go.cilegon.ppid.index.domain.PeriodIndex;
import id.go.cilegon.ppid.index.domain.ScopeAggregate;

/**
 * Prints the CPU cost per event of what the topology does for each event, outside Kafka: fold the request facts
 * (copy, apply, serialise), subtract and add them in the OPD and the city aggregates (each read from and written
 * to JSON, as the stores do), and compute every period's index of both for publishing. RocksDB, the changelogs and
 * the commit are not in it: the TopologyTestDriver flushes and fsyncs every store after every record, which
 * measures the disk. A measurement, not a limit: it asserts only the counts, never the time.
 */
class AggregationBenchmarkTest {

    private static final int REQUESTS = 2000;
    private static final String[] OPDS = {"DLH", "DPUPR", "DISDUKCAPIL", "DINDIKBUD", "BAPPEDA", "DINKES"};

    @Test
    void printsTheCostPerEvent() {
        Serde<Contribution> facts = StateJson.serde(Contribution.class);
        Serde<ScopeAggregate> aggregates = StateJson.serde(ScopeAggregate.class);
        IndexFormula formula = new IndexFormula(IndexWeights.defaults(), 5);
        LocalDate today = LocalDate.of(2026, 12, 15);
        byte[][] opd = new byte[OPDS.length][];
        byte[] city = aggregates.serializer().serialize("", new ScopeAggregate());
        for (int i = 0; i < OPDS.length; i++) {
            opd[i] = aggregates.serializer().serialize("", new ScopeAggregate());
        }
        long began = System.nanoTime();
        int events = 0;
        long published = 0;
        for (int i = 0; i < REQUESTS; i++) {
            UUID id = UUID.randomUUID();
            LocalDate received = LocalDate.of(2026, 1, 5).plusDays(i % 330);
            LocalDate due = received.plusDays(14);
            Object[] payloads = {Events.submitted(id, received, due), Events.routed(id, 1, OPDS[i % OPDS.length], 0),
                Events.decided(id, 2, DecisionType.GRANTED, received.plusDays(7), due, 5 + i % 10)};
            byte[] stored = null;
            for (Object payload : payloads) {
                // The payload as read from the topic.
                Object read = EventJson.read(EventJson.write(payload), payload.getClass());
                Contribution old = stored == null ? null : facts.deserializer().deserialize("", stored);
                Contribution next = StateJson.copy(old == null ? new Contribution() : old, Contribution.class)
                        .apply(id.toString(), read);
                stored = facts.serializer().serialize("", next);
                int o = i % OPDS.length;
                if (next.opdScope() != null) {
                    ScopeAggregate a = aggregates.deserializer().deserialize("", opd[o]);
                    if (old != null && old.opdScope() != null) {
                        a.add(old, -1, false, today, 100);
                    }
                    a.add(next, 1, false, today, 100);
                    opd[o] = aggregates.serializer().serialize("", a);
                    published += PeriodIndex.all(a, today, formula).size();
                }
                if (next.cityCountable()) {
                    ScopeAggregate c = aggregates.deserializer().deserialize("", city);
                    if (old != null && old.cityCountable()) {
                        c.add(old, -1, true, today, 100);
                    }
                    c.add(next, 1, true, today, 100);
                    city = aggregates.serializer().serialize("", c);
                    published += PeriodIndex.all(c, today, formula).size();
                }
                events++;
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("index-service aggregation: %d events in %.2f s = %.0f events/s (%.3f ms/event); "
                + "%d period indexes computed; city aggregate %d bytes, one OPD aggregate %d bytes%n", events, seconds,
                events / seconds, 1000 * seconds / events, published, city.length, opd[0].length);
        ScopeAggregate finalCity = aggregates.deserializer().deserialize("", city);
        assertEquals(REQUESTS, PeriodIndex.of(finalCity, Period.year(2026), today, formula).measures().measures()
                .received());
    }
}
