package id.go.cilegon.ppid.index.messaging;

import static id.go.cilegon.ppid.index.Events.decided;
import static id.go.cilegon.ppid.index.Events.extended;
import static id.go.cilegon.ppid.index.Events.periodicEntry;
import static id.go.cilegon.ppid.index.Events.published;
import static id.go.cilegon.ppid.index.Events.routed;
import static id.go.cilegon.ppid.index.Events.submitted;
import static id.go.cilegon.ppid.index.Events.withdrawn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.index.domain.Bucket;
import id.go.cilegon.ppid.index.domain.Contribution;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.IndexWeights;
import id.go.cilegon.ppid.index.domain.PeriodIndex;
import id.go.cilegon.ppid.index.domain.ScopeAggregate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** The binary state form: same numbers after a round trip, untouched buckets kept as bytes, older JSON still read. */
class StateBinaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final IndexFormula FORMULA = new IndexFormula(IndexWeights.defaults(), 1);
    private final Serde<ScopeAggregate> aggregates = StateBinary.aggregateSerde();
    private final Serde<Contribution> contributions = StateBinary.contributionSerde();

    /** Requests of every kind over several months and days (some within the rolling window), and a register. */
    private static List<Contribution> history() {
        List<Contribution> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            LocalDate received = LocalDate.of(2026, 1, 5).plusDays(i * 3L);
            LocalDate due = received.plusDays(14);
            Contribution c = new Contribution();
            c.apply(id.toString(), submitted(id, received, due));
            c.apply(id.toString(), routed(id, 1, i % 2 == 0 ? "DLH" : "DPUPR", 0));
            if (i % 5 == 0) {
                c.apply(id.toString(), extended(id, 2, due, due.plusDays(9)));
            }
            if (i % 3 == 0) {
                c.apply(
                        id.toString(),
                        decided(
                                id,
                                3,
                                i % 6 == 0 ? DecisionType.REFUSED : DecisionType.GRANTED,
                                received.plusDays(8),
                                due,
                                6 + i % 7,
                                i % 6 == 0
                                        ? new ExemptionGround[] {ExemptionGround.H_PERSONAL_SECRET}
                                        : new ExemptionGround[0]));
            } else if (i % 7 == 0) {
                c.apply(id.toString(), withdrawn(id, 3));
            }
            all.add(c);
        }
        Contribution register = new Contribution();
        register.apply("DLH", periodicEntry("DLH", "APBD", 3, LocalDate.of(2025, 10, 1)));
        register.apply("DLH", published("DLH", "APBD", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 28)));
        all.add(register);
        return all;
    }

    private static ScopeAggregate cityOf(List<Contribution> contributions) {
        ScopeAggregate city = new ScopeAggregate();
        contributions.forEach(c -> city.add(c, 1, true, TODAY, 100));
        return city;
    }

    private byte[] write(ScopeAggregate aggregate) {
        return aggregates.serializer().serialize("t", aggregate);
    }

    private ScopeAggregate read(byte[] bytes) {
        return aggregates.deserializer().deserialize("t", bytes);
    }

    @Test
    void anAggregateReadBackGivesTheSameIndexForEveryPeriod() {
        ScopeAggregate city = cityOf(history());
        ScopeAggregate back = read(write(city));
        assertEquals(PeriodIndex.all(city, TODAY, FORMULA), PeriodIndex.all(back, TODAY, FORMULA));
        assertEquals(city.months.keySet(), back.months.keySet());
        assertEquals(city.days.keySet(), back.days.keySet());
        assertEquals(city.registers().keySet(), back.registers().keySet());
        assertTrue(PeriodIndex.all(back, TODAY, FORMULA).size() > 5, "months, years and the rolling window");
    }

    @Test
    void aggregatingOneRequestReencodesOnlyItsMonthAndDay() {
        List<Contribution> history = history();
        byte[] stored = write(cityOf(history));
        ScopeAggregate read = read(stored);
        Bucket january = read.months.get("2026-01");
        byte[] januaryBefore = january.toState();

        UUID id = UUID.randomUUID();
        Contribution march = new Contribution();
        march.apply(id.toString(), submitted(id, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 14)));
        march.apply(id.toString(), routed(id, 1, "DLH", 0));
        read.add(march, 1, true, TODAY, 100);
        byte[] next = write(read);

        assertSame(januaryBefore, read.months.get("2026-01").toState(), "an untouched month is copied as it was read");
        assertNotNull(read.untouchedRegistersState(), "a request leaves the registers as they were read");
        history.add(march);
        assertArrayEquals(write(cityOf(history)), next, "the same bytes as the aggregate built in memory");
        assertEquals(PeriodIndex.all(cityOf(history), TODAY, FORMULA), PeriodIndex.all(read(next), TODAY, FORMULA));
    }

    @Test
    void aRegisterChangeDecodesTheRegistersAndWritesThemWithIt() {
        List<Contribution> history = history();
        ScopeAggregate read = read(write(cityOf(history)));
        Contribution register = new Contribution();
        register.apply("DPUPR", periodicEntry("DPUPR", "LKPJ", 12, LocalDate.of(2025, 6, 1)));
        read.add(register, 1, true, TODAY, 100);
        byte[] next = write(read);

        assertNull(read.untouchedRegistersState(), "changed registers are encoded again");
        history.add(register);
        assertArrayEquals(write(cityOf(history)), next, "the same bytes as the aggregate built in memory");
        assertEquals(List.of("DLH", "DPUPR"), List.copyOf(read(next).registers().keySet()));
    }

    @Test
    void subtractingAsItWasAddedLeavesTheAggregateAsBefore() {
        List<Contribution> history = history();
        byte[] before = write(cityOf(history));
        ScopeAggregate read = read(before);
        Contribution moved = history.get(4);
        read.add(moved, -1, true, TODAY, 100);
        read.add(moved, 1, true, TODAY, 100);
        assertArrayEquals(before, write(read));
    }

    @Test
    void stateWrittenAsJsonByEarlierVersionsIsStillRead() {
        ScopeAggregate city = cityOf(history());
        byte[] json = StateJson.serde(ScopeAggregate.class).serializer().serialize("t", city);
        assertEquals('{', json[0]);
        assertEquals(PeriodIndex.all(city, TODAY, FORMULA), PeriodIndex.all(read(json), TODAY, FORMULA));

        Contribution facts = history().get(3);
        byte[] factsJson = StateJson.serde(Contribution.class).serializer().serialize("t", facts);
        Contribution back = contributions.deserializer().deserialize("t", factsJson);
        assertArrayEquals(
                contributions.serializer().serialize("t", facts),
                contributions.serializer().serialize("t", back));
    }

    /** Format 1 kept one objection as flags; read now, they become the counts. */
    @Test
    void requestFactsOfFormatOneGetTheirObjectionCounts() {
        Contribution facts = history().get(0);
        facts.request.objectionFiled = true;
        facts.request.objectionOutcome = ObjectionOutcome.UPHELD;
        facts.request.objections = 1;
        facts.request.objectionsUpheld = 1;
        byte[] current = contributions.serializer().serialize("t", facts);
        // Format 1: the same without the four counts (one byte each here) that precede the "no register" flag.
        byte[] formatOne = new byte[current.length - 4];
        System.arraycopy(current, 0, formatOne, 0, current.length - 5);
        formatOne[formatOne.length - 1] = current[current.length - 1];
        formatOne[1] = 1;
        Contribution read = contributions.deserializer().deserialize("t", formatOne);
        assertEquals(1, read.request.objections);
        assertEquals(1, read.request.objectionsUpheld);
        assertEquals(0, read.request.objectionsRejected);
        assertArrayEquals(current, contributions.serializer().serialize("t", read));
    }

    @Test
    void requestFactsAndRegistersSurviveTheRoundTripAndCopiesAreDeep() {
        for (Contribution c : history()) {
            byte[] bytes = contributions.serializer().serialize("t", c);
            assertArrayEquals(
                    bytes,
                    contributions
                            .serializer()
                            .serialize("t", contributions.deserializer().deserialize("t", bytes)));
        }
        Contribution original = history().get(0);
        Contribution copy = StateBinary.copy(original);
        assertNotSame(original.request, copy.request);
        copy.request.refusalGrounds.add(ExemptionGround.I_INTERNAL_MEMORANDUM);
        copy.request.opdCode = "DPUPR";
        assertEquals(1, original.request.refusalGrounds.size());
        assertEquals("DLH", original.request.opdCode);
    }

    @Test
    void tombstonesStayNullAndUnreadableStateFailsClearly() {
        assertNull(aggregates.serializer().serialize("t", null));
        assertNull(aggregates.deserializer().deserialize("t", null));
        byte[] bytes = write(cityOf(history()));
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertThrows(
                SerializationException.class,
                () -> read(truncated).months.values().forEach(Bucket::decoded));
        byte[] newer = bytes.clone();
        newer[1] = (byte) (StateBinary.VERSION + 1);
        SerializationException e = assertThrows(SerializationException.class, () -> read(newer));
        assertTrue(e.getMessage().contains("newer index-service"), e.getMessage());
    }
}
