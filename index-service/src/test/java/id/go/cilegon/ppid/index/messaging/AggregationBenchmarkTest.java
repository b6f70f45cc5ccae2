package id.go.cilegon.ppid.index.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.index.Events;
import id.go.cilegon.ppid.index.domain.Contribution;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.IndexWeights;
import id.go.cilegon.ppid.index.domain.PeriodIndex;
import id.go.cilegon.ppid.index.domain.ScopeAggregate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/**
 * Prints the CPU cost per event of what the topology does for each event, outside Kafka: fold the request facts
 * (copy, apply, serialise), subtract and add them in the OPD and the city aggregates (each read from and written
 * to their binary state form, as the stores do), and compute every period's index of both for publishing. RocksDB, the changelogs and
 * the commit are not in it: the TopologyTestDriver flushes and fsyncs every store after every record, which
 * measures the disk. A measurement, not a limit: it asserts only the counts, never the time.
 */
class AggregationBenchmarkTest {

    private static final int REQUESTS = 2000;
    private static final String[] OPDS = {"DLH", "DPUPR", "DISDUKCAPIL", "DINDIKBUD", "BAPPEDA", "DINKES"};

    @Test
    void printsTheCostPerEvent() {
        Serde<Contribution> facts = StateBinary.contributionSerde();
        Serde<ScopeAggregate> aggregates = StateBinary.aggregateSerde();
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
            Object[] payloads = {
                Events.submitted(id, received, due),
                Events.routed(id, 1, OPDS[i % OPDS.length], 0),
                Events.decided(id, 2, DecisionType.GRANTED, received.plusDays(7), due, 5 + i % 10)
            };
            byte[] stored = null;
            for (Object payload : payloads) {
                // The payload as read from the topic.
                Object read = EventJson.read(EventJson.write(payload), payload.getClass());
                Contribution old = stored == null ? null : facts.deserializer().deserialize("", stored);
                Contribution next =
                        StateBinary.copy(old == null ? new Contribution() : old).apply(id.toString(), read);
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
        System.out.printf(
                "index-service aggregation: %d events in %.2f s = %.0f events/s (%.3f ms/event); "
                        + "%d period indexes computed; city aggregate %d bytes, one OPD aggregate %d bytes%n",
                events, seconds, events / seconds, 1000 * seconds / events, published, city.length, opd[0].length);
        ScopeAggregate finalCity = aggregates.deserializer().deserialize("", city);
        assertEquals(
                REQUESTS,
                PeriodIndex.of(finalCity, Period.year(2026), today, formula)
                        .measures()
                        .measures()
                        .received());
    }

    /**
     * The part of each event that Kafka Streams' stores impose: read the city aggregate, subtract the old facts, add
     * the new ones, write it back; as JSON (earlier versions) and in the binary form, for a city with 29 OPDs and
     * requests spread over two years, so that it holds every month and the last hundred days, as in a rebuild.
     */
    @Test
    void printsTheStoreRoundTripOfTheCityAggregate() {
        String[] opds = new String[29];
        for (int i = 0; i < opds.length; i++) {
            opds[i] = "OPD" + i;
        }
        LocalDate today = LocalDate.of(2026, 11, 28);
        ScopeAggregate city = new ScopeAggregate();
        List<Contribution[]> changes = new ArrayList<>();
        for (int i = 0; i < 8000; i++) {
            UUID id = UUID.randomUUID();
            LocalDate received = LocalDate.of(2025, 1, 2).plusDays(i % 695);
            LocalDate due = received.plusDays(14);
            Contribution open = new Contribution();
            open.apply(id.toString(), Events.submitted(id, received, due));
            open.apply(id.toString(), Events.routed(id, 1, opds[i % opds.length], 0));
            Contribution done = StateBinary.copy(open);
            done.apply(
                    id.toString(), Events.decided(id, 2, DecisionType.GRANTED, received.plusDays(6), due, 4 + i % 9));
            city.add(done, 1, true, today, 100);
            changes.add(new Contribution[] {open, done});
        }
        Serde<ScopeAggregate> json = StateJson.serde(ScopeAggregate.class);
        Serde<ScopeAggregate> binary = StateBinary.aggregateSerde();
        byte[] asJson = json.serializer().serialize("", city);
        byte[] asBinary = binary.serializer().serialize("", city);
        int rounds = 400;
        long[] nanos = new long[2];
        for (int pass = 0; pass < 2; pass++) {
            // pass 0 warms up both, pass 1 is measured
            for (int which = 0; which < 2; which++) {
                Serde<ScopeAggregate> serde = which == 0 ? json : binary;
                byte[] stored = which == 0 ? asJson : asBinary;
                long began = System.nanoTime();
                for (int i = 0; i < rounds; i++) {
                    Contribution[] change = changes.get(i);
                    ScopeAggregate a = serde.deserializer().deserialize("", stored);
                    a.add(change[1], -1, true, today, 100);
                    a.add(change[1], 1, true, today, 100);
                    stored = serde.serializer().serialize("", a);
                }
                nanos[which] = System.nanoTime() - began;
                assertEquals(
                        8000,
                        PeriodIndex.of(
                                                serde.deserializer().deserialize("", stored),
                                                Period.year(2025),
                                                today,
                                                new IndexFormula(IndexWeights.defaults(), 5))
                                        .measures()
                                        .measures()
                                        .received()
                                + PeriodIndex.of(
                                                serde.deserializer().deserialize("", stored),
                                                Period.year(2026),
                                                today,
                                                new IndexFormula(IndexWeights.defaults(), 5))
                                        .measures()
                                        .measures()
                                        .received());
            }
        }
        System.out.printf(
                "index-service city aggregate store round trip (read, subtract, add, write), %d months and "
                        + "%d days: JSON %d bytes %.3f ms/event; binary %d bytes %.3f ms/event (%.1fx)%n",
                city.months.size(),
                city.days.size(),
                asJson.length,
                nanos[0] / 1e6 / rounds,
                asBinary.length,
                nanos[1] / 1e6 / rounds,
                (double) nanos[0] / nanos[1]);
    }
}
