package id.go.cilegon.ppid.index.messaging;

import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.index.domain.Bucket;
import id.go.cilegon.ppid.index.domain.Contribution;
import id.go.cilegon.ppid.index.domain.OpdRegister;
import id.go.cilegon.ppid.index.domain.PeriodicEntry;
import id.go.cilegon.ppid.index.domain.RequestFacts;
import id.go.cilegon.ppid.index.domain.ScopeAggregate;
import id.go.cilegon.ppid.index.domain.StateReader;
import id.go.cilegon.ppid.index.domain.StateWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The binary form of this service's own state (request facts and scope aggregates in stores, changelogs and
 * repartition topics). Kafka Streams keeps state as bytes, so each event folded or aggregated reads and writes its
 * whole value: through Jackson that was most of a rebuild's CPU, because a city aggregate (every month, the last
 * hundred days, a histogram per OPD in each) is tens of kilobytes of JSON, read and written once per event. Here the
 * buckets of an aggregate are length-prefixed blocks: reading one keeps them as bytes until used
 * ({@link Bucket#fromState}), and the periodic registers, which come last, as well
 * ({@link ScopeAggregate#registersFromState}); writing it copies the untouched ones back, so aggregating one event
 * decodes and encodes only the month and the day it changes.
 *
 * <p>Every value starts with {@link #MAGIC} and a format version. Values without it are the JSON of earlier versions
 * ({@link StateJson}, always starting with <code>{</code>), still read, so existing stores and changelogs stay valid;
 * the next write of a key stores it in this form. Enums are written by name, dates as epoch days.
 */
public final class StateBinary {

    /** First byte of a binary value; never the first byte of JSON ({@code '{'}). */
    static final byte MAGIC = (byte) 0xB1;
    /** Format version, for a later change of the layout. 2: request facts count objections and corrected decisions. */
    static final byte VERSION = 2;
    /** The oldest format version still read. */
    static final byte OLDEST_VERSION = 1;

    private StateBinary() {}

    /** A serde of request facts / OPD registers; null stays null (tombstones). */
    public static Serde<Contribution> contributionSerde() {
        return serde(Contribution.class, StateBinary::writeContribution, StateBinary::readContribution);
    }

    /** A serde of scope aggregates; null stays null (tombstones). */
    public static Serde<ScopeAggregate> aggregateSerde() {
        return serde(ScopeAggregate.class, StateBinary::writeAggregate, StateBinary::readAggregate);
    }

    /** A deep copy, through the same form the stores keep. */
    public static Contribution copy(Contribution value) {
        return decode(encode(value, StateBinary::writeContribution), Contribution.class, StateBinary::readContribution);
    }

    private static <T> Serde<T> serde(
            Class<T> type, BiConsumer<StateWriter, T> writer, Function<StateReader, T> reader) {
        Serializer<T> serializer = (topic, value) -> value == null ? null : encode(value, writer);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : decode(bytes, type, reader);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    static <T> byte[] encode(T value, BiConsumer<StateWriter, T> writer) {
        StateWriter out = new StateWriter(1024);
        out.writeByte(MAGIC);
        out.writeByte(VERSION);
        writer.accept(out, value);
        return out.toByteArray();
    }

    static <T> T decode(byte[] bytes, Class<T> type, Function<StateReader, T> reader) {
        if (bytes.length == 0 || bytes[0] != MAGIC) {
            // State written by an earlier version of this service.
            T value = StateJson.serde(type).deserializer().deserialize(null, bytes);
            if (value instanceof Contribution contribution && contribution.request != null) {
                contribution.request.countObjectionsFromFlags();
            }
            return value;
        }
        if (bytes.length < 2 || bytes[1] < OLDEST_VERSION || bytes[1] > VERSION) {
            throw new SerializationException("unknown state format version " + (bytes.length < 2 ? "-" : bytes[1])
                    + " of " + type.getSimpleName() + "; was it written by a newer index-service?");
        }
        try {
            StateReader in = new StateReader(bytes, 2, bytes[1]);
            T value = reader.apply(in);
            if (!in.atEnd()) {
                throw new IllegalStateException("trailing bytes");
            }
            return value;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The state form of an aggregate's periodic registers alone: two aggregates with equal bytes here have the same
     * editions on any day (the publisher compares them to tell whether every period must be evaluated again).
     */
    static byte[] registersState(ScopeAggregate aggregate) {
        byte[] untouched = aggregate.untouchedRegistersState();
        if (untouched != null) {
            return untouched;
        }
        StateWriter out = new StateWriter(64);
        writeRegisters(out, aggregate.registers());
        return out.toByteArray();
    }

    private static void writeRegisters(StateWriter out, Map<String, OpdRegister> registers) {
        out.writeInt(registers.size());
        for (Map.Entry<String, OpdRegister> e : registers.entrySet()) {
            out.writeString(e.getKey());
            writeRegister(out, e.getValue());
        }
    }

    private static TreeMap<String, OpdRegister> readRegisters(byte[] state) {
        StateReader in = new StateReader(state, 0);
        TreeMap<String, OpdRegister> registers = new TreeMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            registers.put(in.readString(), readRegister(in));
        }
        if (!in.atEnd()) {
            throw new IllegalStateException("trailing bytes after the registers");
        }
        return registers;
    }

    // --- contribution -------------------------------------------------------------------------------------------

    static void writeContribution(StateWriter out, Contribution c) {
        out.writeBoolean(c.request != null);
        if (c.request != null) {
            writeFacts(out, c.request);
        }
        out.writeBoolean(c.register != null);
        if (c.register != null) {
            writeRegister(out, c.register);
        }
    }

    static Contribution readContribution(StateReader in) {
        Contribution c = new Contribution();
        if (in.readBoolean()) {
            c.request = readFacts(in);
        }
        if (in.readBoolean()) {
            c.register = readRegister(in);
        }
        return c;
    }

    private static void writeFacts(StateWriter out, RequestFacts f) {
        out.writeString(f.requestId);
        out.writeDate(f.receivedDate);
        out.writeDate(f.dueDate);
        out.writeString(f.opdCode);
        out.writeString(f.decidedOpdCode);
        out.writeLong(f.requestSequence);
        out.writeLong(f.routingSequence);
        out.writeLong(f.slaSequence);
        out.writeBoolean(f.extended);
        out.writeEnum(f.decision);
        out.writeDate(f.decidedDate);
        out.writeBoolean(f.onTime);
        out.writeInt(f.workingDaysTaken);
        out.writeInt(f.refusalGrounds.size());
        for (ExemptionGround ground : f.refusalGrounds) {
            out.writeEnum(ground);
        }
        out.writeBoolean(f.withdrawn);
        out.writeBoolean(f.objectionFiled);
        out.writeEnum(f.objectionOutcome);
        out.writeBoolean(f.disputeFiled);
        out.writeInt(f.transfers);
        out.writeBoolean(f.answerDeadlineBreached);
        out.writeInt(f.objections);
        out.writeInt(f.objectionsUpheld);
        out.writeInt(f.objectionsRejected);
        out.writeInt(f.decisionsCorrected);
    }

    private static RequestFacts readFacts(StateReader in) {
        RequestFacts f = new RequestFacts();
        f.requestId = in.readString();
        f.receivedDate = in.readDate();
        f.dueDate = in.readDate();
        f.opdCode = in.readString();
        f.decidedOpdCode = in.readString();
        f.requestSequence = in.readLong();
        f.routingSequence = in.readLong();
        f.slaSequence = in.readLong();
        f.extended = in.readBoolean();
        f.decision = in.readEnum(DecisionType::valueOf);
        f.decidedDate = in.readDate();
        f.onTime = in.readBoolean();
        f.workingDaysTaken = in.readInt();
        int grounds = in.readInt();
        List<ExemptionGround> refusalGrounds = new ArrayList<>(Math.max(0, grounds));
        for (int i = 0; i < grounds; i++) {
            refusalGrounds.add(in.readEnum(ExemptionGround::valueOf));
        }
        f.refusalGrounds = refusalGrounds;
        f.withdrawn = in.readBoolean();
        f.objectionFiled = in.readBoolean();
        f.objectionOutcome = in.readEnum(ObjectionOutcome::valueOf);
        f.disputeFiled = in.readBoolean();
        f.transfers = in.readInt();
        f.answerDeadlineBreached = in.readBoolean();
        if (in.version() >= 2) {
            f.objections = in.readInt();
            f.objectionsUpheld = in.readInt();
            f.objectionsRejected = in.readInt();
            f.decisionsCorrected = in.readInt();
        } else {
            f.countObjectionsFromFlags();
        }
        return f;
    }

    private static void writeRegister(StateWriter out, OpdRegister r) {
        out.writeString(r.opdCode);
        out.writeInt(r.entries.size());
        for (Map.Entry<String, PeriodicEntry> e : r.entries.entrySet()) {
            out.writeString(e.getKey());
            PeriodicEntry p = e.getValue();
            out.writeString(p.title);
            out.writeBoolean(p.intervalMonths != null);
            if (p.intervalMonths != null) {
                out.writeInt(p.intervalMonths);
            }
            out.writeDate(p.registeredDate);
            out.writeDate(p.withdrawnDate);
            out.writeInt(p.publications.size());
            for (Map.Entry<LocalDate, LocalDate> publication : p.publications.entrySet()) {
                out.writeDate(publication.getKey());
                out.writeDate(publication.getValue());
            }
        }
    }

    private static OpdRegister readRegister(StateReader in) {
        OpdRegister r = new OpdRegister(in.readString());
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readString();
            PeriodicEntry p = new PeriodicEntry();
            p.title = in.readString();
            p.intervalMonths = in.readBoolean() ? in.readInt() : null;
            p.registeredDate = in.readDate();
            p.withdrawnDate = in.readDate();
            for (int j = in.readInt(); j > 0; j--) {
                p.publications.put(in.readDate(), in.readDate());
            }
            r.entries.put(id, p);
        }
        return r;
    }

    // --- aggregate ----------------------------------------------------------------------------------------------

    static void writeAggregate(StateWriter out, ScopeAggregate a) {
        out.writeInt(a.months.size());
        for (Map.Entry<String, Bucket> e : a.months.entrySet()) {
            out.writeString(e.getKey());
            out.writeBlock(e.getValue().toState());
        }
        out.writeInt(a.days.size());
        for (Map.Entry<LocalDate, Bucket> e : a.days.entrySet()) {
            out.writeDate(e.getKey());
            out.writeBlock(e.getValue().toState());
        }
        // The registers come last, so a value's tail is their state form (registersState), kept as read.
        byte[] untouched = a.untouchedRegistersState();
        if (untouched != null) {
            out.writeBytes(untouched);
        } else {
            writeRegisters(out, a.registers());
        }
    }

    static ScopeAggregate readAggregate(StateReader in) {
        ScopeAggregate a = new ScopeAggregate();
        for (int i = in.readInt(); i > 0; i--) {
            a.months.put(in.readString(), Bucket.fromState(in.readBlock()));
        }
        for (int i = in.readInt(); i > 0; i--) {
            a.days.put(in.readDate(), Bucket.fromState(in.readBlock()));
        }
        a.registersFromState(in.readRest(), StateBinary::readRegisters);
        return a;
    }
}
