package id.go.cilegon.ppid.index.domain;

import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over the requests received on one day or in one month, built so that a request can be taken out again
 * exactly as it was put in (every field is a sum, every distribution a histogram of counts).
 *
 * <p>A bucket read from state ({@link #fromState}) is decoded only when it is used: the aggregation of one event
 * changes one month and one day of an aggregate that holds a hundred or more, and the untouched ones are written
 * back as the bytes they were read from. So every method that reads or changes the counts decodes first; read the
 * public fields of a bucket from an aggregate only after calling one of them (or {@link #decoded()}).
 */
public final class Bucket {

    /** Key of {@link #requestsByOpd} for requests no OPD holds. */
    public static final String UNASSIGNED = "-";

    public long received;
    public long withdrawn;
    public long answered;
    public long answeredOnTime;
    public long extensions;
    public long objectionsFiled;
    public long objectionsUpheld;
    public long objectionsRejected;
    public long disputes;
    public long transfers;
    public long slaBreaches;
    /** Corrected decisions after an upheld objection (Pasal 36); the earlier decision stays in the history. */
    public long decisionsCorrected;
    /** Answered requests by working days taken. */
    public TreeMap<Integer, Long> workingDays = new TreeMap<>();

    public TreeMap<DecisionType, Long> decisions = new TreeMap<>();
    /** Refused or partially granted answers per Pasal 17 ground cited (an answer citing two grounds counts twice). */
    public TreeMap<ExemptionGround, Long> refusals = new TreeMap<>();
    /** Open requests by their due date, so that "overdue" can be read for any day. */
    public TreeMap<LocalDate, Long> openByDueDate = new TreeMap<>();
    /** City-wide buckets only: requests per OPD, to tell how many OPDs the numbers cover. */
    public TreeMap<String, Long> requestsByOpd = new TreeMap<>();

    /** The state form this bucket was read from, while the counts still match it; null once changed. */
    private byte[] state;
    /** False while the counts are only in {@link #state}. */
    private boolean decoded = true;

    /** A bucket read from its state form, decoded when first used. */
    public static Bucket fromState(byte[] state) {
        Bucket bucket = new Bucket();
        bucket.state = state;
        bucket.decoded = false;
        return bucket;
    }

    /** The state form: the bytes it was read from when nothing changed since, otherwise encoded now. */
    public byte[] toState() {
        if (state != null) {
            return state;
        }
        StateWriter out = new StateWriter(128);
        out.writeLong(received);
        out.writeLong(withdrawn);
        out.writeLong(answered);
        out.writeLong(answeredOnTime);
        out.writeLong(extensions);
        out.writeLong(objectionsFiled);
        out.writeLong(objectionsUpheld);
        out.writeLong(objectionsRejected);
        out.writeLong(disputes);
        out.writeLong(transfers);
        out.writeLong(slaBreaches);
        out.writeInt(workingDays.size());
        workingDays.forEach((days, n) -> {
            out.writeInt(days);
            out.writeLong(n);
        });
        out.writeInt(decisions.size());
        decisions.forEach((decision, n) -> {
            out.writeEnum(decision);
            out.writeLong(n);
        });
        out.writeInt(refusals.size());
        refusals.forEach((ground, n) -> {
            out.writeEnum(ground);
            out.writeLong(n);
        });
        out.writeInt(openByDueDate.size());
        openByDueDate.forEach((due, n) -> {
            out.writeDate(due);
            out.writeLong(n);
        });
        out.writeInt(requestsByOpd.size());
        requestsByOpd.forEach((opd, n) -> {
            out.writeString(opd);
            out.writeLong(n);
        });
        // Last, and only when counted: a bucket written before it existed ends here, and reads as 0.
        if (decisionsCorrected != 0) {
            out.writeLong(decisionsCorrected);
        }
        return out.toByteArray();
    }

    /** This bucket with its counts decoded, for reading its public fields. */
    public Bucket decoded() {
        if (decoded) {
            return this;
        }
        StateReader in = new StateReader(state, 0);
        received = in.readLong();
        withdrawn = in.readLong();
        answered = in.readLong();
        answeredOnTime = in.readLong();
        extensions = in.readLong();
        objectionsFiled = in.readLong();
        objectionsUpheld = in.readLong();
        objectionsRejected = in.readLong();
        disputes = in.readLong();
        transfers = in.readLong();
        slaBreaches = in.readLong();
        for (int i = in.readInt(); i > 0; i--) {
            workingDays.put(in.readInt(), in.readLong());
        }
        for (int i = in.readInt(); i > 0; i--) {
            decisions.put(in.readEnum(DecisionType::valueOf), in.readLong());
        }
        for (int i = in.readInt(); i > 0; i--) {
            refusals.put(in.readEnum(ExemptionGround::valueOf), in.readLong());
        }
        for (int i = in.readInt(); i > 0; i--) {
            openByDueDate.put(in.readDate(), in.readLong());
        }
        for (int i = in.readInt(); i > 0; i--) {
            requestsByOpd.put(in.readString(), in.readLong());
        }
        decisionsCorrected = in.atEnd() ? 0 : in.readLong();
        if (!in.atEnd()) {
            throw new IllegalStateException("bucket state has trailing bytes");
        }
        decoded = true;
        return this;
    }

    /** Decodes, and forgets the state form because the counts are about to change. */
    private void changing() {
        decoded();
        state = null;
    }

    /** Adds ({@code sign} 1) or removes ({@code sign} -1) one request. */
    public void add(RequestFacts facts, int sign, boolean city) {
        changing();
        received += sign;
        if (facts.decided()) {
            answered += sign;
            if (facts.onTime) {
                answeredOnTime += sign;
            }
            count(workingDays, facts.workingDaysTaken, sign);
            count(decisions, facts.decision, sign);
            for (ExemptionGround ground : facts.refusalGrounds) {
                count(refusals, ground, sign);
            }
        } else if (facts.withdrawn) {
            withdrawn += sign;
        } else {
            count(openByDueDate, facts.dueDate, sign);
        }
        if (facts.extended) {
            extensions += sign;
        }
        objectionsFiled += (long) sign * facts.objections;
        objectionsUpheld += (long) sign * facts.objectionsUpheld;
        objectionsRejected += (long) sign * facts.objectionsRejected;
        decisionsCorrected += (long) sign * facts.decisionsCorrected;
        if (facts.disputeFiled) {
            disputes += sign;
        }
        transfers += (long) sign * facts.transfers;
        if (facts.answerDeadlineBreached) {
            slaBreaches += sign;
        }
        if (city) {
            count(requestsByOpd, facts.opd() == null ? UNASSIGNED : facts.opd(), sign);
        }
    }

    /** Adds another bucket's counts into this one. */
    public Bucket plus(Bucket other) {
        changing();
        other.decoded();
        received += other.received;
        withdrawn += other.withdrawn;
        answered += other.answered;
        answeredOnTime += other.answeredOnTime;
        extensions += other.extensions;
        objectionsFiled += other.objectionsFiled;
        objectionsUpheld += other.objectionsUpheld;
        objectionsRejected += other.objectionsRejected;
        disputes += other.disputes;
        transfers += other.transfers;
        slaBreaches += other.slaBreaches;
        decisionsCorrected += other.decisionsCorrected;
        other.workingDays.forEach((k, v) -> count(workingDays, k, v));
        other.decisions.forEach((k, v) -> count(decisions, k, v));
        other.refusals.forEach((k, v) -> count(refusals, k, v));
        other.openByDueDate.forEach((k, v) -> count(openByDueDate, k, v));
        other.requestsByOpd.forEach((k, v) -> count(requestsByOpd, k, v));
        return this;
    }

    /** Open requests whose due date is before {@code today}. */
    public long overdue(LocalDate today) {
        decoded();
        return openByDueDate.headMap(today, false).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    public long open() {
        decoded();
        return openByDueDate.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Zero entries are removed so that a histogram only holds what is there. */
    static <K> void count(Map<K, Long> counts, K key, long delta) {
        if (delta == 0) {
            return;
        }
        long value = counts.getOrDefault(key, 0L) + delta;
        if (value == 0) {
            counts.remove(key);
        } else {
            counts.put(key, value);
        }
    }
}
